// SPDX-License-Identifier: GPL-3.0-or-later
//
// SerialSession on a real pseudo-terminal (socat, with `cat` echoing on the far
// side): bytes both ways, a port that goes away, and automatic reconnection.

#include "console/serialsession.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
/// An echoing serial device at @p link, served by socat until stopped.
class EchoPort
{
public:
    explicit EchoPort(QString link)
        : m_link(std::move(link))
    {
    }
    ~EchoPort() { stop(); }

    bool start()
    {
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("PTY,link=%1,raw,echo=0").arg(m_link), QStringLiteral("EXEC:cat")});
        if (!m_socat.waitForStarted())
            return false;
        for (int i = 0; i < 100 && !QFile::exists(m_link); ++i)
            QTest::qWait(20);
        return QFile::exists(m_link);
    }

    void stop()
    {
        if (m_socat.state() == QProcess::NotRunning)
            return;
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000)) {
            m_socat.kill();
            m_socat.waitForFinished(3000);
        }
    }

private:
    QString m_link;
    QProcess m_socat;
};

SerialSettings settingsFor(const QString &path)
{
    SerialSettings s;
    s.portName = path;
    return s;
}
} // namespace

class TestSerialSession : public QObject
{
    Q_OBJECT

private slots:
    void bytesGoBothWays()
    {
        QTemporaryDir dir;
        EchoPort port(dir.filePath(QStringLiteral("switch.tty")));
        QVERIFY(port.start());
        SerialSession session(settingsFor(dir.filePath(QStringLiteral("switch.tty"))));
        QSignalSpy received(&session, &ConsoleSession::bytesReceived);
        session.open();
        QCOMPARE(session.state(), ConsoleSession::State::Established);
        QVERIFY(session.write("show system\r"));
        QByteArray echoed;
        QTRY_VERIFY((echoed = [&] {
                        QByteArray all;
                        for (const auto &args : received)
                            all += args.first().toByteArray();
                        return all;
                    }()).contains("show system"));
    }

    void aPortThatGoesAwayIsLostWithItsPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb.tty"));
        EchoPort port(path);
        QVERIFY(port.start());
        SerialSession session(settingsFor(path));
        session.open();
        QCOMPARE(session.state(), ConsoleSession::State::Established);
        port.stop();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Lost);
        QVERIFY2(session.reason().contains(path), qPrintable(session.reason()));
        QVERIFY(!session.write("x"));
    }

    void autoReconnectReopensWhenThePortComesBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb.tty"));
        EchoPort port(path);
        QVERIFY(port.start());
        SerialSession session(settingsFor(path));
        session.setAutoReconnect(true, 100);
        QSignalSpy states(&session, &ConsoleSession::stateChanged);
        session.open();
        port.stop();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Lost);
        const qsizetype changesWhileLost = states.size();
        QTest::qWait(400); // several quiet retries: no state flapping while the port is away
        QCOMPARE(states.size(), changesWhileLost);

        EchoPort again(path);
        QVERIFY(again.start());
        QTRY_COMPARE(session.state(), ConsoleSession::State::Established);
        QSignalSpy received(&session, &ConsoleSession::bytesReceived);
        QVERIFY(session.write("again\r"));
        QTRY_VERIFY(!received.isEmpty());
    }

    void withoutAutoReconnectItStaysLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb.tty"));
        EchoPort port(path);
        QVERIFY(port.start());
        SerialSession session(settingsFor(path));
        session.open();
        port.stop();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Lost);
        EchoPort again(path);
        QVERIFY(again.start());
        QTest::qWait(300);
        QCOMPARE(session.state(), ConsoleSession::State::Lost);
    }

    void aMissingPortFailsAtOnceWithTheReason()
    {
        SerialSession session(settingsFor(QStringLiteral("/dev/ttyUSB-not-there")));
        session.open();
        QCOMPARE(session.state(), ConsoleSession::State::Lost);
        QVERIFY(session.reason().contains(QStringLiteral("/dev/ttyUSB-not-there")));
    }
};

QTEST_GUILESS_MAIN(TestSerialSession)
#include "tst_serialsession.moc"
