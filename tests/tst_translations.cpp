// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Japanese translation is kept complete: this test fails when the .ts file
// has an unfinished entry, and when the sources have a tr() string the .ts file
// does not have yet (it runs lupdate on a copy). Fix either by running
// `cmake --build BUILD --target update_translations` and translating the new
// entries in translations/dxchassis_ja.ts (Qt Linguist or any editor).

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "translationinstaller.h"

namespace {

const QString SourceDir = QFileInfo(QStringLiteral(DX_TEST_DATA "/../..")).canonicalFilePath();

QString tsFile(const QString &language)
{
    return SourceDir + QStringLiteral("/translations/dxchassis_%1.ts").arg(language);
}

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; ///< one, or the numerus forms
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

/// Every problem of a .ts file, one line each; empty when complete.
QStringList incompleteEntries(const QString &path, bool pluralOnly)
{
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    if (!error.isEmpty())
        return {error};
    if (messages.isEmpty())
        return {QStringLiteral("%1: no messages").arg(path)};
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
        if (pluralOnly && !message.numerus) {
            problems << where + QStringLiteral(": not a plural entry");
            continue;
        }
        if (!message.type.isEmpty()) {
            problems << where + QStringLiteral(": type=\"%1\"").arg(message.type);
            continue;
        }
        if (message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << where + QStringLiteral(": empty translation");
    }
    return problems;
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void japaneseQmIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(TranslationInstaller::resourcePath(QStringLiteral("ja"))));
        QCOMPARE(translator.language(), QStringLiteral("ja_JP"));
        QVERIFY(!translator.isEmpty());
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("japanese");
        QTest::newRow("menu") << "MainWindow"
                              << "&File"
                              << "ファイル(&F)";
        QTest::newRow("power on") << "MainWindow"
                                  << "Power &On"
                                  << "電源オン(&O)";
        QTest::newRow("power off") << "MainWindow"
                                   << "Power O&ff"
                                   << "電源オフ(&F)";
        QTest::newRow("console") << "MainWindow"
                                 << "Open &Console"
                                 << "コンソールを開く(&C)";
        QTest::newRow("log dock") << "MainWindow"
                                  << "Operations Log"
                                  << "操作ログ";
        QTest::newRow("slot header") << "ChassisModel"
                                     << "Slot"
                                     << "スロット";
        QTest::newRow("power header") << "ChassisModel"
                                      << "Power"
                                      << "電源";
        QTest::newRow("log result") << "LogModel"
                                    << "Failed"
                                    << "失敗";
    }

    void knownStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, japanese);
        QTranslator translator;
        QVERIFY(translator.load(TranslationInstaller::resourcePath(QStringLiteral("ja"))));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()),
            japanese);
    }

    void pluralsInEnglishAndJapanese()
    {
        QCOMPARE(TranslationInstaller::install(qApp, {QStringLiteral("C")}), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n module(s)", nullptr, 1),
            QStringLiteral("1 module"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n module(s)", nullptr, 38),
            QStringLiteral("38 modules"));
        removeTranslators();

        QCOMPARE(
            TranslationInstaller::install(qApp, {QStringLiteral("ja-JP")}), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n module(s)", nullptr, 38),
            QStringLiteral("38 モジュール"));
    }

    void installerChoosesTheLanguage_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("installed");
        QTest::newRow("ja_JP") << QStringList {QStringLiteral("ja_JP")} << "ja";
        QTest::newRow("ja-JP") << QStringList {QStringLiteral("ja-JP")} << "ja";
        QTest::newRow("ja") << QStringList {QStringLiteral("ja")} << "ja";
        QTest::newRow("C") << QStringList {QStringLiteral("C")} << "en";
        QTest::newRow("en before ja")
            << QStringList {QStringLiteral("en-US"), QStringLiteral("ja")} << "en";
        QTest::newRow("fr then ja")
            << QStringList {QStringLiteral("fr-FR"), QStringLiteral("ja")} << "ja";
        QTest::newRow("nothing known") << QStringList {QStringLiteral("fr-FR")} << "en";
        QTest::newRow("none") << QStringList() << "en";
    }

    void installerChoosesTheLanguage()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, installed);
        QCOMPARE(TranslationInstaller::install(qApp, languages), installed);
        const QString file = QCoreApplication::translate("MainWindow", "&File");
        QCOMPARE(file,
            installed == QLatin1String("ja") ? QStringLiteral("ファイル(&F)")
                                             : QStringLiteral("&File"));
    }

    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QStringList {QStringLiteral("dxchassis")} << "";
        QTest::newRow("separate") << QStringList {QStringLiteral("dxchassis"),
            QStringLiteral("--lang"), QStringLiteral("ja")}
                                  << "ja";
        QTest::newRow("equals") << QStringList {QStringLiteral("dxctl"),
            QStringLiteral("--lang=ja")}
                                << "ja";
        QTest::newRow("after a file") << QStringList {QStringLiteral("dxchassis"),
            QStringLiteral("lab.json"), QStringLiteral("--lang"), QStringLiteral("en")}
                                      << "en";
        QTest::newRow("after --") << QStringList {QStringLiteral("dxchassis"), QStringLiteral("--"),
            QStringLiteral("--lang"), QStringLiteral("ja")}
                                  << "";
        QTest::newRow("missing value")
            << QStringList {QStringLiteral("dxchassis"), QStringLiteral("--lang")} << "";
    }

    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(TranslationInstaller::languageArgument(arguments), language);
    }

    void tsFilesAreComplete()
    {
        const QStringList japanese = incompleteEntries(tsFile(QStringLiteral("ja")), false);
        QVERIFY2(japanese.isEmpty(), qPrintable(japanese.join(QLatin1Char('\n'))));
        const QStringList english = incompleteEntries(tsFile(QStringLiteral("en")), true);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void everySourceStringIsInTheTsFiles()
    {
        const QString lupdate
            = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFileInfo(lupdate).isExecutable())
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QStringList dirs {SourceDir + QStringLiteral("/core"),
            SourceDir + QStringLiteral("/models"), SourceDir + QStringLiteral("/widgets"),
            SourceDir + QStringLiteral("/app")};
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            // The same options as the update_translations target (app/CMakeLists.txt).
            const QString copy = scratch.filePath(QFileInfo(tsFile(language)).fileName());
            QVERIFY(QFile::copy(tsFile(language), copy));
            QStringList arguments {QStringLiteral("-silent"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-no-obsolete")};
            if (language == QLatin1String("en"))
                arguments << QStringLiteral("-pluralonly");
            arguments << dirs << QStringLiteral("-ts") << copy;
            QProcess process;
            process.start(lupdate, arguments);
            QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

            const QStringList problems = incompleteEntries(copy, language == QLatin1String("en"));
            QVERIFY2(problems.isEmpty(),
                qPrintable(QStringLiteral("translations/dxchassis_%1.ts is out of date; run the "
                                          "update_translations target and translate:\n%2")
                               .arg(language, problems.join(QLatin1Char('\n')))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
