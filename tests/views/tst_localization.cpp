// The zh_CN translation: chosen from --lang or the system, embedded in the build, complete, and
// what a Chinese user actually reads in the menus, on the palette, the cards and the properties.

#include "itemcontent.h"
#include "localization.h"
#include "mainwindow.h"
#include "panels/propertiespanel.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Planar;

class TestLocalization : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void requestedLanguage_data();
    void requestedLanguage();
    void translationFile_data();
    void translationFile();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void mainWindowReadsChinese();
    void englishNeedsNoTranslation();
    void tsFileIsComplete();
    void tsFileCoversTheSources();
    void commandLineHelpInChinese();
};

// One translated message of the .ts file.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

static QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    bool plural = false;
                    QString text;
                    while (xml.readNext() != QXmlStreamReader::EndElement ||
                           xml.name() != u"translation") {
                        if (xml.isStartElement() && xml.name() == u"numerusform") {
                            plural = true;
                            m.translations << xml.readElementText();
                        } else if (xml.isCharacters()) {
                            text += xml.text();
                        }
                    }
                    if (!plural) m.translations << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

// The %1 … %9 and %n a text uses: a translation that drops one loses the plan's data.
static QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out.insert(m.captured());
    return out;
}

void TestLocalization::cleanup()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TestLocalization::requestedLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lang");
    QTest::newRow("separate") << QStringList{"planar", "--lang", "zh_CN", "plan.yaml"} << "zh_CN";
    QTest::newRow("equals") << QStringList{"planar", "--lang=zh_CN"} << "zh_CN";
    QTest::newRow("absent") << QStringList{"planar", "plan.yaml"} << "";
    QTest::newRow("no value") << QStringList{"planar", "--lang"} << "";
}

void TestLocalization::requestedLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lang);
    QCOMPARE(Localization::requestedLanguage(arguments), lang);
}

void TestLocalization::translationFile_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("file");
    const QString zh = QStringLiteral(":/i18n/planar_zh_CN.qm");
    QTest::newRow("zh_CN") << "zh_CN" << zh;
    QTest::newRow("zh-CN") << "zh-CN" << zh;
    QTest::newRow("zh") << "zh" << zh; // QLocale("zh") means Simplified Chinese, China
    QTest::newRow("English is the source") << "en_US"
                                           << "";
    QTest::newRow("Traditional is not Simplified") << "zh_TW"
                                                   << "";
    QTest::newRow("no German yet") << "de_DE"
                                   << "";
}

void TestLocalization::translationFile()
{
    QFETCH(QString, lang);
    QFETCH(QString, file);
    QCOMPARE(Localization::translationFile(Localization::chooseLocale(lang)), file);
}

void TestLocalization::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("English") << "Add &Host"
                             << "Add Host";
    QTest::newRow("Chinese") << "添加宿主机(&H)"
                             << "添加宿主机";
    QTest::newRow("Chinese with ellipsis") << "打开(&O)…"
                                           << "打开…";
    QTest::newRow("literal ampersand") << "Q&&A"
                                       << "Q&A";
    QTest::newRow("none") << "工具面板"
                          << "工具面板";
}

void TestLocalization::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Localization::withoutMnemonic(text), shown);
}

void TestLocalization::mainWindowReadsChinese()
{
    QVERIFY(Localization::install(qApp, Localization::chooseLocale(QStringLiteral("zh_CN"))));
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    const QList<QAction *> menus = w.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("文件(&F)"));

    // The palette button shows the action without its accelerator, as the seed names it.
    auto *palette = w.findChild<QToolBar *>(QStringLiteral("palette"));
    QVERIFY(palette);
    auto *addHost = qobject_cast<QToolButton *>(palette->widgetForAction(w.action("addHost")));
    QVERIFY(addHost);
    QCOMPARE(addHost->text(), QStringLiteral("添加宿主机"));
    auto *addVm = qobject_cast<QToolButton *>(palette->widgetForAction(w.action("addVm")));
    QVERIFY(addVm);
    QCOMPARE(addVm->text(), QStringLiteral("添加虚拟机节点"));

    // Cards and property fields translate through free tr() helpers, whose context must be the
    // one lupdate filed their text under, or they stay English.
    w.newFromExample();
    QCOMPARE(ItemContent::of(*w.document(), QStringLiteral("host1")).kindLabel,
             QStringLiteral("宿主机"));
    QVERIFY(w.findAndShow(QStringLiteral("host1")));
    QStringList labels;
    for (const QLabel *label : w.properties()->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("安全域")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(labels.contains(QStringLiteral("网卡 eth0")),
             qPrintable(labels.join(QLatin1Char('|'))));
}

void TestLocalization::englishNeedsNoTranslation()
{
    QVERIFY(!Localization::install(qApp, Localization::chooseLocale(QStringLiteral("en_US"))));
    MainWindow w;
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestLocalization::tsFileIsComplete()
{
    QString error;
    const QList<TsMessage> messages =
        readTs(QStringLiteral(PLANAR_EXAMPLES "/../translations/planar_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" — ") + where));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(t) == placeholders(m.source),
                     qPrintable(t + QStringLiteral(" — ") + where));
            // A menu or button keeps its keyboard accelerator, "文件(&F)" style.
            if (m.source.contains(QRegularExpression(QStringLiteral("&\\w"))))
                QVERIFY2(t.contains(QRegularExpression(QStringLiteral("\\(&\\w\\)"))),
                         qPrintable(t + QStringLiteral(" — ") + where));
        }
    }
}

// Text added to views/ or app/gui/ since the last lupdate would show in English: lupdate over
// the sources, into a copy of the .ts, must find nothing new to translate.
void TestLocalization::tsFileCoversTheSources()
{
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    QVERIFY2(QFileInfo::exists(lupdate), qPrintable(lupdate + QStringLiteral(" (qt6-l10n-tools)")));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("planar_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(PLANAR_EXAMPLES "/../translations/planar_zh_CN.ts"), copy));
    QProcess p;
    p.start(lupdate,
            {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
             QStringLiteral(PLANAR_EXAMPLES "/../../views"),
             QStringLiteral(PLANAR_EXAMPLES "/../../app/gui"), QStringLiteral("-ts"), copy});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QString error;
    const QList<TsMessage> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const TsMessage &m : messages)
        if (!m.type.isEmpty()) untranslated << m.context + QStringLiteral(": ") + m.source;
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build build --target update_translations` "
                                       "and translate:\n") +
                        untranslated.join(QLatin1Char('\n'))));
}

void TestLocalization::commandLineHelpInChinese()
{
    QProcess p;
    p.start(QStringLiteral(PLANAR_BINARY_DIR "/app/gui/planar"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("规划 Kubernetes 部署的网络平面。")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("--lang <LANG>")), qPrintable(help));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
