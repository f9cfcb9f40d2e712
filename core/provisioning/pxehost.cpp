// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxehost.h"

QString pxeHostKindId(PxeHost::Kind kind)
{
    switch (kind) {
    case PxeHost::Kind::Cmm:
        return QStringLiteral("cmm");
    case PxeHost::Kind::Bmc:
        return QStringLiteral("bmc");
    case PxeHost::Kind::Nic:
        return QStringLiteral("nic");
    }
    return {};
}

std::optional<PxeHost::Kind> pxeHostKindFromId(const QString &id)
{
    for (PxeHost::Kind k : {PxeHost::Kind::Cmm, PxeHost::Kind::Bmc, PxeHost::Kind::Nic}) {
        if (pxeHostKindId(k) == id)
            return k;
    }
    return std::nullopt;
}
