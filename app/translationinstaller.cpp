// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationinstaller.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

/// "ja-JP" -> {"ja_JP", "ja"}; "ja" -> {"ja"}.
QStringList candidates(const QString &language)
{
    QString name = language;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList result {name};
    const qsizetype cut = name.indexOf(QLatin1Char('_'));
    if (cut > 0)
        result << name.left(cut);
    return result;
}

bool isEnglish(const QString &language)
{
    return language == QLatin1String("en") || language.startsWith(QLatin1String("en_"))
        || language == QLatin1String("C") || language == QLatin1String("POSIX");
}

} // namespace

QString TranslationInstaller::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QStringList TranslationInstaller::uiLanguages(const QString &forced)
{
    if (!forced.isEmpty())
        return {forced};
    return QLocale::system().uiLanguages();
}

QString TranslationInstaller::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/dxchassis_%1.qm").arg(language);
}

QString TranslationInstaller::install(QCoreApplication *app, const QStringList &languages)
{
    QString chosen;
    for (const QString &language : languages) {
        for (const QString &candidate : candidates(language)) {
            // English is the source language: stop there rather than fall through
            // to a language the operator ranked lower.
            if (isEnglish(candidate) || QFileInfo::exists(resourcePath(candidate))) {
                chosen = isEnglish(candidate) ? QStringLiteral("en") : candidate;
                break;
            }
        }
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en");

    // English loads too: it only holds the plural forms ("1 module", "2 modules").
    auto *translator = new QTranslator(app);
    if (translator->load(resourcePath(chosen)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    if (chosen == QLatin1String("en"))
        return chosen;

    // Qt's own strings (standard buttons, file dialogs, --help), where installed.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(
            QStringLiteral("qt_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    QLocale::setDefault(QLocale(chosen));
    return chosen;
}
