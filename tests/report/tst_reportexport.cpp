// planar-cli export --to report, as an assessor receives it: golden files of the seed, the
// HTML's structure read back as XML, agreement of the three checklists, injection, the PDF
// through poppler's own tools, refusal and --force (compliance.md, "How the report is proven").
#include "../export/exporttestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(180000)) qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(PLANAR_BINARY_DIR "/app/cli/planar-cli"), args);
}

const QString Seed = QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml");
const QString Today = QStringLiteral("2026-11-30");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Exports @p plan into a fresh directory; returns it, or fails the test. */
QString exportReport(const QTemporaryDir &dir, const QString &plan, const QStringList &extra = {})
{
    // A multi-file export creates its folder only when -o ends in '/' (compliance.md).
    const QString out = dir.filePath(QStringLiteral("report/"));
    const Run r =
        cli(QStringList{"export", plan, "--to", "report", "--today", Today, "-o", out} + extra);
    if (r.exitCode != 0) qWarning("%s", r.err.constData());
    return r.exitCode == 0 ? out : QString();
}

/** section ids in order, (check, status) per row, data-id and data-link values. */
struct HtmlFacts {
    QStringList sections, rows, ids, links;
    QString error;
};

HtmlFacts parseHtml(const QByteArray &html)
{
    HtmlFacts f;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"section") f.sections << a.value("id").toString();
        if (xml.name() == u"tr" && a.hasAttribute("data-check"))
            f.rows << a.value("data-check").toString() + '=' + a.value("data-status").toString();
        // Cards carry data-id; the diagram marks zone frames with data-zone.
        if (a.hasAttribute("data-id")) f.ids << a.value("data-id").toString();
        if (xml.name() == u"g" && a.hasAttribute("data-zone"))
            f.ids << a.value("data-zone").toString();
        if (a.hasAttribute("data-link")) f.links << a.value("data-link").toString();
    }
    if (xml.hasError())
        f.error = QStringLiteral("%1 at %2:%3")
                      .arg(xml.errorString())
                      .arg(xml.lineNumber())
                      .arg(xml.columnNumber());
    return f;
}

QStringList jsonChecks(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &c : QJsonDocument::fromJson(json).object()["checks"].toArray())
        out << c["id"].toString() + '=' + c["status"].toString();
    return out;
}

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty())
        qWarning("%s is missing: install poppler-utils (installer/setup-debian.sh)", name);
    return path;
}

} // namespace

class tst_ReportExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedMatchesGolden_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        for (const char *f : {"report.html", "flows.csv", "checklist.csv", "report.json"})
            QTest::newRow(f) << "en" << f;
        for (const char *f : {"report.html", "checklist.csv", "report.json"})
            QTest::newRow(qPrintable(QStringLiteral("%1 zh_CN").arg(f))) << "zh_CN" << f;
    }

    void seedMatchesGolden()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString out = exportReport(dir, Seed, {"--lang", lang});
        QVERIFY(!out.isEmpty());
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 (QStringList{"checklist.csv", "flows.csv", "report.html", "report.json",
                              "report.pdf"}));
        // report.html → report.zh_CN.html
        const QString golden =
            QStringLiteral("report-seed/") +
            (lang == u"en" ? file : QString(file).replace('.', QStringLiteral(".zh_CN.")));
        QString why;
        QVERIFY2(matchesGolden(readFile(out + '/' + file), golden, &why), qPrintable(why));
    }

    void htmlHasTheContractsStructure()
    {
        QTemporaryDir dir;
        const QString out = exportReport(dir, Seed);
        QVERIFY(!out.isEmpty());
        const QByteArray html = readFile(out + "/report.html");
        QVERIFY(
            html.startsWith("<!-- Planar export of plan \"seed-three-planes\" by exporter report"));
        const HtmlFacts f = parseHtml(html);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.sections, (QStringList{"cover", "zones", "diagram", "addresses", "flows",
                                          "exceptions", "checklist", "findings",
                                          "appendix-segmentation", "appendix-not-evidenced"}));
        const Plan seed = seedPlan();
        for (const char *id : {"host1", "host2", "node1", "node2", "node3", "web", "db",
                               "payment-api", "ecommerce", "payments", "vm-payments", "internet"})
            QVERIFY2(f.ids.contains(QLatin1String(id)), id);
        for (const Link &l : seed.links)
            QVERIFY2(f.links.contains(l.id), qPrintable(l.id));
        // Self-contained: no script, nothing fetched from elsewhere.
        QVERIFY(!html.contains("<script"));
        QVERIFY(!QString::fromUtf8(html).contains(QRegularExpression("(src|href)=\"(https?:)?//")));
        QVERIFY(!html.contains("@import"));
        // The checklist rows as the contract expects for the seed.
        const QStringList json = jsonChecks(readFile(out + "/report.json"));
        QCOMPARE(f.rows, json);
        QCOMPARE(f.rows.size(), 19);
        QVERIFY(f.rows.contains("pci-1.2.4=manual"));
        QVERIFY(f.rows.contains("mlps-8.1.3.2b=pass"));
        QStringList csv;
        const QList<QByteArray> lines = readFile(out + "/checklist.csv").split('\n');
        for (const QByteArray &line : lines.mid(3)) // header comment (2 lines) and column names
            if (!line.isEmpty())
                csv << QString::fromUtf8(line.split(',')[1] + '=' + line.split(',')[4]);
        QCOMPARE(csv, json);
    }

    void changedPlanShowsItsFailingRows()
    {
        QTemporaryDir dir;
        const QString out =
            exportReport(dir, QStringLiteral(PLANAR_TEST_DATA "/report/no-cde.planar.yaml"));
        QVERIFY(!out.isEmpty());
        const HtmlFacts f = parseHtml(readFile(out + "/report.html"));
        QVERIFY(f.rows.contains("pci-1.2.3=fail"));
        QVERIFY(f.rows.contains("pci-1.3.1=n/a"));
        QCOMPARE(f.rows, jsonChecks(readFile(out + "/report.json")));
    }

    void freeTextIsEscaped()
    {
        QTemporaryDir dir;
        const QString out =
            exportReport(dir, QStringLiteral(PLANAR_TEST_DATA "/report/injection.planar.yaml"));
        QVERIFY(!out.isEmpty());
        const QByteArray html = readFile(out + "/report.html");
        QVERIFY(parseHtml(html).error.isEmpty());
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains("Pay &amp; &lt;b&gt;ments&lt;/b&gt; &#39;q&#39;"));
        QVERIFY(readFile(out + "/flows.csv").contains(",\"'=HYPERLINK(\"\"http://evil.example/"));
        QVERIFY(QJsonDocument::fromJson(readFile(out + "/report.json")).isObject());
    }

    // The sentences the model writes (evidence, flows' explanations, probes' reasons, the
    // diagram's words) are Chinese in a zh_CN report: in the HTML, the JSON and the PDF's text.
    void chineseReportHasNoEnglishSentences()
    {
        const QString pdftotext = tool("pdftotext");
        QVERIFY2(!pdftotext.isEmpty(), "poppler-utils is not installed");
        QTemporaryDir dir;
        const QString out = exportReport(dir, Seed, {"--lang", "zh_CN"});
        QVERIFY(!out.isEmpty());
        const QString html = QString::fromUtf8(readFile(out + "/report.html"));
        const QJsonObject json = QJsonDocument::fromJson(readFile(out + "/report.json")).object();
        QString jsonSentences; // the columns that are sentences: details and probes' reasons
        for (const QJsonValue &c : json["checks"].toArray())
            jsonSentences += c["detail"].toString() + '\n';
        for (const QJsonValue &p : json["segmentationTests"].toArray())
            jsonSentences += p["reason"].toString() + '\n';
        const Run pdf = run(pdftotext, {out + "/report.pdf", "-"});
        QCOMPARE(pdf.exitCode, 0);
        // Table cells wrap at any CJK character: compare the PDF's text without white space.
        const QString pdfText = QString::fromUtf8(pdf.out).remove(QRegularExpression("\\s"));

        const QStringList english{
            "diagram: ",              // pci-1.2.3's evidence
            "links, each with ports", // mlps-8.1.3.2ac
            "CDE-inbound links",      // pci-1.3.1
            "segmentation appendix",  // pci-11.4.5
            "the plan records no review",
            "plane matrix: ",              // the LinkJudge's words in the flows' explanations
            "cluster system flow (",       // a system flow's explanation
            "no link from a non-CDE zone", // a probe's reason
            "allowed link (ports)",        // the diagram's legend
            "denied by the plane matrix",
            "VM node plane", // the diagram's bands
            "Host plane",
            "exposed: ", // the diagram's cards
            "per node, max",
        };
        for (const QString &e : english) {
            QVERIFY2(!html.contains(e), qPrintable("report.html: " + e));
            QVERIFY2(!jsonSentences.contains(e), qPrintable("report.json: " + e));
            QVERIFY2(!pdfText.contains(QString(e).remove(' ')), qPrintable("report.pdf: " + e));
        }
        const QStringList chinese{
            "架构图:",                // pci-1.2.3's evidence
            "条互通,均限定端口",      // mlps-8.1.3.2ac
            "规划未记录审核",         // pci-1.2.7
            "隔离有效性测试计划:",    // pci-11.4.5
            "必要互通",               // an allowed probe's reason
            "宿主机不得直接访问 Pod", // a host-to-pod probe's reason
        };
        for (const QString &c : chinese) {
            QVERIFY2(html.contains(c), qPrintable("report.html: " + c));
            QVERIFY2(jsonSentences.contains(c), qPrintable("report.json: " + c));
        }
        // The PDF's narrow cells break a line anywhere in Chinese and pdftotext reads the
        // columns side by side: there, phrases short enough to stay on one line.
        for (const QString &c :
             QStringList{"架构图:", "规划未记录审核", "必要互通", "宿主机不得直接访问"})
            QVERIFY2(pdfText.contains(c), qPrintable("report.pdf: " + c));
        // Only the report's pages and its diagram carry these: explanations, legend, cards.
        for (const QString &c :
             QStringList{"网络平面矩阵:", "允许的互通(端口)", "宿主机网络平面", "暴露方式:"}) {
            QVERIFY2(html.contains(c), qPrintable("report.html: " + c));
            QVERIFY2(pdfText.contains(c), qPrintable("report.pdf: " + c));
        }
    }

    void pdfReadsAsTheReport_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void pdfReadsAsTheReport()
    {
        QFETCH(QString, lang);
        const QString pdftotext = tool("pdftotext"), pdfinfo = tool("pdfinfo");
        QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty(), "poppler-utils is not installed");
        QTemporaryDir dir;
        const QString out = exportReport(dir, Seed, {"--lang", lang});
        QVERIFY(!out.isEmpty());
        const QString pdf = out + "/report.pdf";
        const Run info = run(pdfinfo, {pdf});
        QCOMPARE(info.exitCode, 0);
        const QString title = lang == u"en" ? "Network plan compliance report" : "网络规划合规报告";
        // pdfinfo's column width and rounding vary between poppler versions.
        const QString infoText = QString::fromUtf8(info.out);
        QVERIFY2(
            infoText.contains(QRegularExpression("Title:\\s+" + title + ": seed-three-planes\\n")),
            info.out.constData());
        QVERIFY2(infoText.contains(QRegularExpression("Keywords:\\s+\\S")), info.out.constData());
        QVERIFY2(infoText.contains(QRegularExpression(
                     "Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)")),
                 info.out.constData());
        const Run page1 = run(pdftotext, {"-layout", "-f", "1", "-l", "1", pdf, "-"});
        QCOMPARE(page1.exitCode, 0);
        const QString first = QString::fromUtf8(page1.out);
        QVERIFY2(first.contains("seed-three-planes"), qPrintable(first));
        const QString sha = QJsonDocument::fromJson(readFile(out + "/report.json"))
                                .object()["generator"]
                                .toObject()["sha256"]
                                .toString();
        QVERIFY2(first.contains(sha), qPrintable(first));
        const Run all = run(pdftotext, {"-layout", pdf, "-"});
        const QStringList lines = QString::fromUtf8(all.out).split('\n');
        const QJsonArray checks =
            QJsonDocument::fromJson(readFile(out + "/report.json")).object()["checks"].toArray();
        const QHash<QString, QString> word{{"pass", lang == u"en" ? "pass" : "通过"},
                                           {"manual", lang == u"en" ? "manual" : "人工确认"}};
        for (const QJsonValue &c : checks) {
            const QString id = c["id"].toString();
            const QStringList on = lines.filter(
                QRegularExpression("(^|\\s)" + QRegularExpression::escape(id) + "\\s"));
            QVERIFY2(!on.isEmpty(), qPrintable(id));
            QVERIFY2(on.first().contains(word.value(c["status"].toString())),
                     qPrintable(id + ": " + on.first()));
        }
        if (lang == u"zh_CN") {
            QVERIFY(all.out.contains("网络架构"));
            QVERIFY(all.out.contains("安全域"));
            const Run fonts = run(tool("pdffonts"), {pdf});
            QVERIFY2(fonts.out.contains("WenQuanYi"), fonts.out.constData());
            for (const QByteArray &line : fonts.out.split('\n'))
                if (line.contains("WenQuanYi")) QVERIFY2(line.contains(" yes "), line.constData());
        }
    }

    void planWithErrorsIsRefusedUnlessForced()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.planar.yaml");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readFile(Seed) + "  - {id: poke, from: host1, to: web}\n");
        f.close();
        const QString out = dir.filePath("out/");
        Run r = cli({"export", broken, "--to", "report", "--today", Today, "-o", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("refused"));
        QVERIFY(!QDir(out).exists());
        r = cli({"export", broken, "--to", "report", "--today", Today, "-o", out, "--force"});
        QCOMPARE(r.exitCode, 1);
        const QByteArray html = readFile(out + "/report.html");
        QVERIFY(html.left(400).contains("WARNING"));
        QVERIFY(html.contains("class=\"banner\""));
        const HtmlFacts facts = parseHtml(html);
        QVERIFY2(facts.rows.contains("mlps-8.1.3.1a=fail"), qPrintable(facts.rows.join(' ')));
        QVERIFY(QJsonDocument::fromJson(readFile(out + "/report.json"))
                    .object()["generator"]
                    .toObject()
                    .contains("warning"));
        QVERIFY(readFile(out + "/flows.csv").contains("# WARNING"));
    }

    void badLanguageAndUnwritableFolderExitTwo()
    {
        Run r = cli({"export", Seed, "--to", "report", "--lang", "fr"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--lang fr"));
        QTemporaryDir dir;
        QFile blocker(dir.filePath("file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        r = cli(
            {"export", Seed, "--to", "report", "--today", Today, "-o", dir.filePath("file/out/")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{"file"});
    }
};

QTEST_GUILESS_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"
