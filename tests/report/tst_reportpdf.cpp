// report.pdf read back with poppler's own tools, as an assessor's viewer reads it: the plan's
// name and hash on page 1, each check id on the line of its status, Chinese text in zh_CN with
// the CJK font embedded, Title/Subject/Keywords, A4 pages, the diagram's vectors on its page,
// no blank page and no word of the checklist broken across a column's lines.
#include "check/validator.h"
#include "export/linkflows.h"
#include "io/planreader.h"
#include "report/reportbuilder.h"
#include "report/reportpdf.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Planar;

namespace {

QByteArray run(const char *tool, const QStringList &args)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(tool));
    if (path.isEmpty())
        qFatal("%s is missing: install poppler-utils (installer/setup-debian.sh)", tool);
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", tool, p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class tst_ReportPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pdfReadsAsTheReport_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void pdfReadsAsTheReport()
    {
        QFETCH(QString, lang);
        const QDate today(2026, 11, 30);
        const ReadResult read =
            PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
        QVERIFY(read.plan);
        const Plan &plan = *read.plan;
        DiagramEvidence d;
        const Report report = buildReport(plan, today, validatePlan(plan, today), &d);
        // A picture whose text must land, scaled, on the diagram page.
        const PdfPicture picture{QRectF(0, 0, 800, 400), [](QPainter *p) {
                                     p->drawRect(QRectF(10, 10, 780, 380));
                                     p->drawText(QPointF(40, 60), QStringLiteral("DIAGRAMMARK"));
                                 }};
        QByteArray pdf;
        QString error;
        QVERIFY2(writeReportPdf(report, plan, lang, picture, &pdf, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath("report.pdf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        if (const QByteArray keep = qgetenv("PLANAR_KEEP_REPORT_PDF"); !keep.isEmpty())
            QFile::copy(path, QString::fromLocal8Bit(keep) + '.' + lang + ".pdf");

        const QString info = QString::fromUtf8(run("pdfinfo", {path}));
        const QString title = lang == u"en" ? "Network plan compliance report" : "网络规划合规报告";
        QVERIFY2(info.contains(QRegularExpression("Title:\\s+" + title + ": seed-three-planes\\n")),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("Subject: .*" + report.sha256)),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("Keywords: .*PCI DSS.*mlps2-level3")),
                 qPrintable(info));
        QVERIFY2(
            info.contains(QRegularExpression("Page size:\\s+595(\\.\\d+)? x 842 pts \\(A4\\)")),
            qPrintable(info));

        const QString first =
            QString::fromUtf8(run("pdftotext", {"-layout", "-f", "1", "-l", "1", path, "-"}));
        QVERIFY2(first.contains("seed-three-planes"), qPrintable(first));
        QVERIFY2(first.contains(report.sha256), qPrintable(first));

        const QString all = QString::fromUtf8(run("pdftotext", {"-layout", path, "-"}));
        QVERIFY(all.contains("DIAGRAMMARK"));
        // No page holds its number alone: a section that starts a part starts its page.
        const QStringList pages = all.split('\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() > 5);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString text = pages[i].simplified();
            QVERIFY2(text != QString::number(i + 1),
                     qPrintable(QStringLiteral("page %1 is blank").arg(i + 1)));
        }
        // A table column never breaks its status or mode word in two ("manu" / "al").
        QVERIFY2(!all.contains(QRegularExpression("(^|\\s)manu(\\s|$)")), qPrintable(all));
        if (lang == u"en") { // nor a checklist header ("Attestati" / "on")
            const QStringList heads = all.split('\n').filter(QRegularExpression("Mode.*Status"));
            QVERIFY(!heads.isEmpty());
            for (const QString &head : heads)
                QVERIFY2(head.contains(QRegularExpression("\\bAttestation\\b")),
                         qPrintable(head));
        }
        const QStringList lines = all.split('\n');
        const QHash<QString, QString> word{{"pass", lang == u"en" ? "pass" : "通过"},
                                           {"manual", lang == u"en" ? "manual" : "人工确认"}};
        for (const ReportCheck &c : report.checks) {
            const QStringList on = lines.filter(
                QRegularExpression("(^|\\s)" + QRegularExpression::escape(c.id) + "(\\s|$)"));
            QVERIFY2(!on.isEmpty(), qPrintable(c.id));
            QVERIFY2(on.first().contains(word.value(statusKey(c.status))),
                     qPrintable(c.id + ": " + on.first()));
        }
        if (lang == u"zh_CN") {
            QVERIFY(all.contains("网络架构"));
            QVERIFY(all.contains("安全域"));
            const QString fonts = QString::fromUtf8(run("pdffonts", {path}));
            const QStringList cjk = fonts.split('\n').filter("WenQuanYi");
            QVERIFY2(!cjk.isEmpty(), qPrintable(fonts));
            for (const QString &line : cjk) // emb column
                QVERIFY2(line.contains(QRegularExpression("Identity-H\\s+yes\\s")),
                         qPrintable(line));
        }
    }
};

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
