// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include <QMessageBox>

#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "passworddialog.h"

PasswordPrompt::PasswordPrompt(QObject *parent)
    : QObject(parent)
    , m_removalAsker([](QWidget *window, const QString &enclosure,
                         std::function<void(bool)> reply) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Password Rejected"),
            tr("The BMCs of enclosure %1 rejected the password stored in the system keychain. "
               "Remove it from the keychain?")
                .arg(enclosure),
            QMessageBox::Yes | QMessageBox::No, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        auto done = std::make_shared<bool>(false);
        QObject::connect(box, &QMessageBox::finished, box, [reply, done](int result) {
            *done = true;
            reply(result == QMessageBox::Yes);
        });
        QObject::connect(box, &QObject::destroyed, [reply, done] {
            if (!*done)
                reply(false); // closed with its window: keep the entry, ask next time
        });
        box->open();
    })
{ }

PasswordPrompt::~PasswordPrompt()
{
    for (QByteArray &password : m_passwords)
        password.fill('\0');
}

void PasswordPrompt::setKeychain(std::unique_ptr<CredentialStore> keychain)
{
    m_keychain = std::move(keychain);
    m_keychainUnavailable = false;
    if (auto *system = qobject_cast<KeychainCredentialStore *>(m_keychain.get())) {
        system->probe(this, [this](const CredentialResult &result) {
            if (!result.ok())
                markUnavailable(result.message);
        });
    }
}

bool PasswordPrompt::keychainAvailable() const
{
    return m_keychain && !m_keychainUnavailable;
}

void PasswordPrompt::markUnavailable(const QString &reason)
{
    if (m_keychainUnavailable)
        return;
    m_keychainUnavailable = true;
    emit keychainUnavailable(reason);
}

void PasswordPrompt::request(
    QWidget *parent, const QString &enclosure, const QString &user, QObject *context, Reply reply)
{
    if (const std::optional<QByteArray> kept = known(enclosure)) {
        reply(kept);
        return;
    }
    const bool first = !m_pending.contains(enclosure);
    m_pending[enclosure].append({context, std::move(reply)});
    if (!first)
        return; // one question serves every request for the enclosure
    if (!keychainAvailable()) {
        ask(parent, enclosure, user);
        return;
    }
    const QPointer<QWidget> guardedParent(parent);
    m_keychain->read({enclosure, {}}, this,
        [this, guardedParent, enclosure, user](const CredentialResult &result) {
            if (result.ok()) {
                m_passwords.insert(enclosure, result.password);
                m_inKeychain.insert(enclosure);
                emit passwordsChanged(enclosure);
                resolve(enclosure, result.password);
                return;
            }
            if (result.status == CredentialResult::Status::Unavailable)
                markUnavailable(result.message);
            else if (result.status == CredentialResult::Status::Failed)
                emit notice(enclosure, result.message, true);
            ask(guardedParent, enclosure, user);
        });
}

void PasswordPrompt::ask(QWidget *parent, const QString &enclosure, const QString &user)
{
    if (m_asker) {
        answered(enclosure, m_asker(parent, enclosure, user));
        return;
    }
    auto *dialog = new PasswordDialog(enclosure, user, keychainAvailable(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    auto done = std::make_shared<bool>(false);
    connect(dialog, &QDialog::finished, this, [this, dialog, enclosure, done](int result) {
        *done = true;
        if (result != QDialog::Accepted) {
            answered(enclosure, std::nullopt);
            return;
        }
        answered(enclosure, Answer {dialog->takePassword(), dialog->remember()});
    });
    // Gone unanswered (its window closed): the requests must not wait forever.
    connect(dialog, &QObject::destroyed, this, [this, enclosure, done] {
        if (!*done)
            answered(enclosure, std::nullopt);
    });
    dialog->open();
}

void PasswordPrompt::answered(const QString &enclosure, const std::optional<Answer> &answer)
{
    if (!answer) {
        resolve(enclosure, std::nullopt);
        return;
    }
    m_passwords.insert(enclosure, answer->password);
    m_inKeychain.remove(enclosure);
    if (answer->remember)
        store(enclosure, answer->password);
    emit passwordsChanged(enclosure);
    resolve(enclosure, answer->password);
}

void PasswordPrompt::resolve(const QString &enclosure, const std::optional<QByteArray> &password)
{
    const QList<Pending> waiting = m_pending.take(enclosure);
    for (const Pending &pending : waiting) {
        if (pending.context)
            pending.reply(password);
    }
}

void PasswordPrompt::store(const QString &enclosure, const QByteArray &password)
{
    if (!keychainAvailable()) {
        emit notice(enclosure,
            tr("no system keychain: the password is kept in memory until dxchassis quits"), true);
        return;
    }
    m_keychain->write(
        {enclosure, {}}, password, this, [this, enclosure](const CredentialResult &r) {
            if (r.ok()) {
                // Still the password in memory (it may have been rejected meanwhile)?
                if (m_passwords.contains(enclosure))
                    m_inKeychain.insert(enclosure);
                emit notice(enclosure, tr("password stored in the system keychain"), false);
                return;
            }
            if (r.status == CredentialResult::Status::Unavailable)
                markUnavailable(r.message);
            emit notice(enclosure, tr("could not store the password: %1").arg(r.message), true);
        });
}

std::optional<QByteArray> PasswordPrompt::password(
    QWidget *parent, const QString &enclosure, const QString &user)
{
    if (const std::optional<QByteArray> kept = known(enclosure))
        return kept;
    std::optional<Answer> answer;
    if (m_asker) {
        answer = m_asker(parent, enclosure, user);
    } else {
        PasswordDialog dialog(enclosure, user, keychainAvailable(), parent);
        if (dialog.exec() == QDialog::Accepted)
            answer = Answer {dialog.takePassword(), dialog.remember()};
    }
    if (!answer)
        return std::nullopt;
    QByteArray password = answer->password;
    answered(enclosure, answer);
    return password;
}

std::optional<QByteArray> PasswordPrompt::known(const QString &enclosure) const
{
    const auto it = m_passwords.constFind(enclosure);
    if (it == m_passwords.cend())
        return std::nullopt;
    return *it;
}

void PasswordPrompt::setPassword(const QString &enclosure, const QByteArray &password)
{
    m_passwords.insert(enclosure, password);
    m_inKeychain.remove(enclosure);
    emit passwordsChanged(enclosure);
}

void PasswordPrompt::forget(const QString &enclosure)
{
    auto it = m_passwords.find(enclosure);
    if (it == m_passwords.end())
        return;
    it->fill('\0');
    m_passwords.erase(it);
    m_inKeychain.remove(enclosure);
    emit passwordsChanged(enclosure);
}

void PasswordPrompt::rejected(QWidget *parent, const QString &enclosure)
{
    const bool fromKeychain = m_inKeychain.contains(enclosure);
    forget(enclosure);
    if (!fromKeychain || !keychainAvailable() || m_asking.contains(enclosure))
        return;
    m_asking.insert(enclosure);
    m_removalAsker(
        parent, enclosure, [self = QPointer<PasswordPrompt>(this), enclosure](bool remove) {
            if (!self)
                return;
            self->m_asking.remove(enclosure);
            if (remove)
                self->removeFromKeychain(enclosure, false);
        });
}

void PasswordPrompt::forgetStored(const QStringList &enclosures)
{
    const QStringList inMemory = m_passwords.keys();
    for (const QString &enclosure : inMemory)
        forget(enclosure);
    if (!keychainAvailable())
        return;
    for (const QString &enclosure : enclosures)
        removeFromKeychain(enclosure, true);
}

void PasswordPrompt::removeFromKeychain(const QString &enclosure, bool quiet)
{
    m_keychain->remove({enclosure, {}}, this, [this, enclosure, quiet](const CredentialResult &r) {
        if (r.ok()) {
            emit notice(enclosure, tr("password removed from the system keychain"), false);
        } else if (r.status != CredentialResult::Status::NotFound || !quiet) {
            if (r.status == CredentialResult::Status::Unavailable)
                markUnavailable(r.message);
            emit notice(enclosure, tr("could not remove the password: %1").arg(r.message),
                r.status != CredentialResult::Status::NotFound);
        }
    });
}

void PasswordPrompt::preload(const QString &enclosure)
{
    if (enclosure.isEmpty() || !keychainAvailable() || known(enclosure)
        || m_pending.contains(enclosure))
        return;
    m_keychain->read({enclosure, {}}, this, [this, enclosure](const CredentialResult &result) {
        if (result.ok()) {
            if (known(enclosure))
                return; // the operator answered meanwhile
            m_passwords.insert(enclosure, result.password);
            m_inKeychain.insert(enclosure);
            emit passwordsChanged(enclosure);
            resolve(enclosure, result.password);
        } else if (result.status == CredentialResult::Status::Unavailable) {
            markUnavailable(result.message);
        } else if (result.status == CredentialResult::Status::Failed) {
            emit notice(enclosure, result.message, true);
        }
    });
}
