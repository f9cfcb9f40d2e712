// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordsource.h"

#include "common/secretfile.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSource)
};
} // namespace

std::optional<QByteArray> PasswordSource::read(QString *error,
    const std::function<std::optional<QByteArray>(const QString &prompt)> &prompter) const
{
    auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!file.isEmpty() && fromEnvironment)
        return fail(Tr::tr("give the password either with --password-file or with -E, not both"));

    if (!file.isEmpty()) {
        // Like ssh with a private key: a password others can read is no secret.
        const SecretFileRead secret = SecretFile::read(file);
        switch (secret.status) {
        case SecretFileRead::Status::Missing:
            return fail(Tr::tr("--password-file %1: no such file").arg(file));
        case SecretFileRead::Status::OthersCanAccess:
            return fail(Tr::tr("--password-file %1: other users can read or change it; allow only "
                               "its owner (chmod 600 %1)")
                            .arg(file));
        case SecretFileRead::Status::Unreadable:
            return fail(Tr::tr("--password-file %1: %2").arg(file, secret.error));
        case SecretFileRead::Status::Ok:
            break;
        }
        // The first line is the password, without its line ending.
        const qsizetype end = secret.content.indexOf('\n');
        QByteArray line = end < 0 ? secret.content : secret.content.left(end);
        while (line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    if (fromEnvironment) {
        if (!qEnvironmentVariableIsSet(environmentVariable.toLocal8Bit().constData()))
            return fail(Tr::tr("-E: the environment variable %1 is not set").arg(environmentVariable));
        return qgetenv(environmentVariable.toLocal8Bit().constData());
    }

    const std::optional<QByteArray> answer = prompter ? prompter(prompt) : promptWithoutEcho(prompt);
    if (!answer)
        return fail(Tr::tr("no password: give --password-file FILE or -E ($%1), or run dxctl in a "
                           "terminal to be asked")
                        .arg(environmentVariable));
    return answer;
}

std::optional<QByteArray> PasswordSource::promptWithoutEcho(const QString &prompt)
{
    // The terminal itself, not stdin/stdout: those may be redirected.
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    termios saved {};
    const bool isTty = tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toLocal8Bit();
    [[maybe_unused]] const ssize_t written = ::write(fd, text.constData(), size_t(text.size()));
    QByteArray password;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n' && c != '\r')
        password.append(c);
    if (isTty)
        tcsetattr(fd, TCSAFLUSH, &saved);
    [[maybe_unused]] const ssize_t newline = ::write(fd, "\n", 1);
    ::close(fd);
    return password;
}
