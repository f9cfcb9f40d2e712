// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmitarget.h"

#include <QCoreApplication>

QString IpmiTarget::describe() const
{
    const QString where = endpoint.toString();
    if (label.isEmpty())
        return where;
    //: %1 names the target ("slot 23"), %2 its BMC address ("127.0.1.23:1623")
    return QCoreApplication::translate("IpmiTarget", "%1 (%2)").arg(label, where);
}
