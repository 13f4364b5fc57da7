// The name checks and the comment sanitiser every exporter relies on.
#include "export/exportsafety.h"

#include <QTest>

using namespace Planar;

class tst_ExportSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("label") << "dns"
                               << "host-1" << true;
        QTest::newRow("digits only") << "dns"
                                     << "123" << true;
        QTest::newRow("63 chars") << "dns" << QString(63, QLatin1Char('a')) << true;
        QTest::newRow("64 chars") << "dns" << QString(64, QLatin1Char('a')) << false;
        QTest::newRow("upper case") << "dns"
                                    << "Host1" << false;
        QTest::newRow("leading dash") << "dns"
                                      << "-host" << false;
        QTest::newRow("trailing dash") << "dns"
                                       << "host-" << false;
        QTest::newRow("dot") << "dns"
                             << "a.b" << false;
        QTest::newRow("empty") << "dns"
                               << "" << false;
        QTest::newRow("quote") << "dns"
                               << "a\"b" << false;
        QTest::newRow("newline") << "dns"
                                 << "a\nb" << false;
        QTest::newRow("nic") << "nic"
                             << "eth0" << true;
        QTest::newRow("nic vlan") << "nic"
                                  << "bond0.100" << true;
        QTest::newRow("nic alias") << "nic"
                                   << "eth0:1" << true;
        QTest::newRow("nic 15") << "nic"
                                << "abcdefghijklmno" << true;
        QTest::newRow("nic 16") << "nic"
                                << "abcdefghijklmnop" << false;
        QTest::newRow("nic dot") << "nic"
                                 << "." << false;
        QTest::newRow("nic dotdot") << "nic"
                                    << ".." << false;
        QTest::newRow("nic slash") << "nic"
                                   << "eth/0" << false;
        QTest::newRow("nic space") << "nic"
                                   << "eth 0" << false;
        QTest::newRow("nic quote") << "nic"
                                   << "eth0\"" << false;
        QTest::newRow("nic brace") << "nic"
                                   << "eth0}" << false;
        QTest::newRow("nic semicolon") << "nic"
                                       << "eth0;" << false;
        QTest::newRow("key") << "key"
                             << "app" << true;
        QTest::newRow("key prefixed") << "key"
                                      << "app.kubernetes.io/name" << true;
        QTest::newRow("key upper") << "key"
                                   << "App_Name.x" << true;
        QTest::newRow("key empty prefix") << "key"
                                          << "/name" << false;
        QTest::newRow("key two slashes") << "key"
                                         << "a/b/c" << false;
        QTest::newRow("key colon") << "key"
                                   << "app:" << false;
        QTest::newRow("key empty") << "key"
                                   << "" << false;
        QTest::newRow("value") << "value"
                               << "web-1.2_x" << true;
        QTest::newRow("value empty") << "value"
                                     << "" << true;
        QTest::newRow("value 64") << "value" << QString(64, QLatin1Char('v')) << false;
        QTest::newRow("value trailing dot") << "value"
                                            << "web." << false;
        QTest::newRow("value space") << "value"
                                     << "a b" << false;
        QTest::newRow("value newline") << "value"
                                       << "a\n  b: c" << false;
    }
    void names()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        bool result = false;
        if (kind == QLatin1String("dns")) result = ExportSafety::isDnsLabel(text);
        if (kind == QLatin1String("nic")) result = ExportSafety::isInterfaceName(text);
        if (kind == QLatin1String("key")) result = ExportSafety::isLabelKey(text);
        if (kind == QLatin1String("value")) result = ExportSafety::isLabelValue(text);
        QCOMPARE(result, valid);
    }

    void commentText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << "orders database (v2): 10.0.0.0/8, ok"
                               << "orders database (v2): 10.0.0.0/8, ok";
        QTest::newRow("quote") << "say \"hi\""
                               << "say ?hi?";
        QTest::newRow("newline") << "a\nb\r\nc"
                                 << "a b c";
        QTest::newRow("unicode line breaks") << QStringLiteral("a\u2028b\u0085c") << "a b c";
        QTest::newRow("rule syntax") << "x; drop } { #"
                                     << "x? drop ? ? ?";
        QTest::newRow("control chars") << "a\x01\x1b[0m"
                                       << "a ?0m";
        QTest::newRow("non-ASCII") << QStringLiteral("临时") << "??";
        QTest::newRow("leading and trailing space") << "  a  "
                                                    << "a";
        QTest::newRow("cut") << QString(150, QLatin1Char('x'))
                             << QString(97, QLatin1Char('x')) + "...";
    }
    void commentText()
    {
        QFETCH(QString, text);
        QFETCH(QString, safe);
        QCOMPARE(ExportSafety::commentText(text), safe);
    }

    void shownEscapesWhatATerminalWouldInterpret()
    {
        QCOMPARE(ExportSafety::shown(QStringLiteral("a\"b\n\x1b")),
                 QStringLiteral("\"a\\\"b\\u000a\\u001b\""));
        QCOMPARE(ExportSafety::shown(QString(50, QLatin1Char('x'))),
                 QLatin1Char('"') + QString(40, QLatin1Char('x')) + QStringLiteral("...\""));
    }
};

QTEST_GUILESS_MAIN(tst_ExportSafety)
#include "tst_exportsafety.moc"
