// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class QWidget;

/// The IPMI passwords of this session, per enclosure: the one password facility
/// of the main window, shared by the power actions and the SOL consoles, so that
/// one answer serves both.
///
/// A password comes from memory, else from the system keychain (read in the
/// background, never waited for), else from the operator, who may tick "Remember
/// in system keychain". A password the BMCs rejected is dropped from memory and,
/// after asking, from the keychain. When no keychain answers, passwords stay in
/// memory and keychainUnavailable() says so once. Passwords never go to a log,
/// QSettings or a file; notice() carries only what happened.
class PasswordPrompt : public QObject
{
    Q_OBJECT

public:
    /// The operator's answer. (Converts from a bare password, so that askers
    /// returning std::optional<QByteArray> fit.)
    struct Answer
    {
        Answer(QByteArray text = {}, bool keep = false)
            : password(std::move(text))
            , remember(keep)
        { }
        QByteArray password;
        bool remember = false; ///< keep it in the system keychain
    };
    /// Asks the operator right away (modal); nullopt on cancel. Tests replace it.
    using Asker = std::function<std::optional<Answer>(
        QWidget *parent, const QString &enclosure, const QString &user)>;
    /// Asks whether to remove a rejected password from the keychain: calls
    /// @p reply(true) to remove. Tests replace it.
    using RemovalAsker = std::function<void(
        QWidget *parent, const QString &enclosure, std::function<void(bool)> reply)>;
    using Reply = std::function<void(const std::optional<QByteArray> &password)>;

    explicit PasswordPrompt(QObject *parent = nullptr);
    ~PasswordPrompt() override;

    /// Also keeps passwords in @p keychain (the system keychain), and finds out in
    /// the background whether it answers.
    void setKeychain(std::unique_ptr<CredentialStore> keychain);
    /// A keychain is set and has not failed to answer.
    bool keychainAvailable() const;

    /// Hands @p enclosure's password to @p reply: at once when it is in memory,
    /// else after the keychain or the operator (a window-modal dialog that does
    /// not block) answered; nullopt when the operator cancelled. Concurrent
    /// requests for one enclosure share one question. @p reply is dropped when
    /// @p context is gone.
    void request(QWidget *parent, const QString &enclosure, const QString &user, QObject *context,
        Reply reply);
    /// The password in memory, or the operator's answer now (modal); nullopt on
    /// cancel. For callers that cannot wait; prefer request().
    std::optional<QByteArray> password(
        QWidget *parent, const QString &enclosure, const QString &user);
    /// The password in memory, without asking.
    std::optional<QByteArray> known(const QString &enclosure) const;
    void setPassword(const QString &enclosure, const QByteArray &password);
    /// Drops the password from memory (the keychain keeps it).
    void forget(const QString &enclosure);
    /// The BMCs rejected @p enclosure's password: dropped from memory; if it
    /// came from or went to the keychain, asks whether to remove it there too.
    void rejected(QWidget *parent, const QString &enclosure);
    /// "Forget Stored Passwords": every password in memory, and the keychain
    /// entries of @p enclosures.
    void forgetStored(const QStringList &enclosures);
    /// Reads @p enclosure's password from the keychain in the background (when
    /// an enclosure is shown), so that status polling can start without asking.
    void preload(const QString &enclosure);

    void setAsker(Asker asker) { m_asker = std::move(asker); }
    void setRemovalAsker(RemovalAsker asker) { m_removalAsker = std::move(asker); }

Q_SIGNALS:
    /// A password came into or left memory.
    void passwordsChanged(const QString &enclosure);
    /// Emitted once: no keychain answers; passwords are kept in memory only.
    void keychainUnavailable(const QString &reason);
    /// What happened, for the operations log (never the password itself).
    void notice(const QString &target, const QString &message, bool failed);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Reply reply;
    };
    void ask(QWidget *parent, const QString &enclosure, const QString &user);
    void answered(const QString &enclosure, const std::optional<Answer> &answer);
    void resolve(const QString &enclosure, const std::optional<QByteArray> &password);
    void store(const QString &enclosure, const QByteArray &password);
    void removeFromKeychain(const QString &enclosure, bool quiet);
    void markUnavailable(const QString &reason);

    QHash<QString, QByteArray> m_passwords;
    QSet<QString> m_inKeychain; ///< enclosures whose password in memory is also in the keychain
    QSet<QString> m_asking; ///< enclosures with a removal question open
    QHash<QString, QList<Pending>> m_pending; ///< enclosure -> requests waiting for it
    std::unique_ptr<CredentialStore> m_keychain;
    bool m_keychainUnavailable = false;
    Asker m_asker; ///< empty: the PasswordDialog
    RemovalAsker m_removalAsker;
};
