// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// Chooses the user-interface language and installs dxchassis' compiled
/// translation (from the `:/i18n` resource, shared by dxchassis and dxctl) plus
/// Qt's own for it. English is the source language; its translation holds only
/// the plural forms.
class TranslationInstaller
{
public:
    /// The value of `--lang LANG` / `--lang=LANG` in @p arguments, or empty.
    /// Scanned before QCommandLineParser runs, because the parser's own help
    /// texts are translated.
    static QString languageArgument(const QStringList &arguments);

    /// The languages to try, best first: @p forced alone if given, otherwise the
    /// system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static QStringList uiLanguages(const QString &forced = {});

    /// The resource holding the translation for @p language ("ja" -> ":/i18n/dxchassis_ja.qm").
    static QString resourcePath(const QString &language);

    /// Installs the translators for the first of @p languages that dxchassis has,
    /// stopping at English, which is also the fallback. Returns the language
    /// installed: "ja", "en", ...
    static QString install(QCoreApplication *app, const QStringList &languages);
};
