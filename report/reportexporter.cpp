#include "reportexporter.h"

#include "check/validator.h"
#include "diagram.h"
#include "export/exporterregistry.h"
#include "export/linkflows.h"
#include "report/reportbuilder.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "report/reportjson.h"
#include "report/reportpdf.h"
#include "report/reporttext.h"

#include <QGuiApplication>
#include <QRegularExpression>

namespace Planar {

namespace {

/**
 * What the drawn diagram really carries, read back from its SVG (pci-1.2.3's evidence): cards
 * by data-id, zone frames by data-zone, arrows by data-link (the diagram keys a link without
 * an id by its position; the report names it as the artifacts do).
 */
DiagramEvidence evidenceOf(const Plan &plan, const Diagram &diagram, const QByteArray &svg)
{
    DiagramEvidence d;
    QSet<QString> linkKeys;
    static const QRegularExpression attr(QStringLiteral("data-(id|zone|link)=\"([^\"]*)\""));
    auto it = attr.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext()) {
        const auto m = it.next();
        (m.captured(1) == u"link" ? linkKeys : d.nodes).insert(m.captured(2));
    }
    const QStringList keys = diagram.linkKeys();
    for (qsizetype i = 0; i < plan.links.size() && i < keys.size(); ++i)
        if (linkKeys.contains(keys[i])) d.links.insert(LinkFlows::linkName(plan.links[i]));
    return d;
}

} // namespace

QString ReportExporter::description() const
{
    return QStringLiteral("Compliance report (PCI DSS, MLPS 2.0): HTML, PDF, CSV and JSON");
}

QStringList ReportExporter::fileNames(const Plan &) const
{
    return {QStringLiteral("report.html"), QStringLiteral("report.pdf"),
            QStringLiteral("flows.csv"), QStringLiteral("checklist.csv"),
            QStringLiteral("report.json")};
}

bool ReportExporter::write(const Plan &plan, const ExportOptions &options,
                           QList<ExportedFile> *files)
{
    resetMessages();
    if (!ReportText::isKnownLanguage(options.lang)) {
        addError(
            QStringLiteral("language %1: the report is written in en or zh_CN").arg(options.lang));
        return false;
    }
    // Fonts for the PDF come from the platform plugin; without one Qt would abort, not fail.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        addError(QStringLiteral("the report needs a QGuiApplication to lay out its PDF"));
        return false;
    }
    const QList<Finding> findings = validatePlan(plan, options.today);
    const Diagram diagram(plan, findings, options.today);
    const QByteArray svg = diagram.toSvg();
    const DiagramEvidence evidence = evidenceOf(plan, diagram, svg);
    Report report = buildReport(plan, options.today, findings, &evidence);
    for (const Finding &f : findings)
        report.forced = report.forced || f.severity == Severity::Error;
    QByteArray pdf;
    QString pdfError;
    const PdfPicture picture{diagram.bounds(), [&diagram](QPainter *p) { diagram.paint(p); }};
    if (!writeReportPdf(report, plan, options.lang, picture, &pdf, &pdfError)) {
        addError(QStringLiteral("report.pdf: %1").arg(pdfError));
        return false;
    }
    files->append({QStringLiteral("report.html"), reportHtml(report, plan, options.lang, svg)});
    files->append({QStringLiteral("report.pdf"), pdf});
    files->append({QStringLiteral("flows.csv"), flowsCsv(report)});
    files->append({QStringLiteral("checklist.csv"), checklistCsv(report)});
    files->append({QStringLiteral("report.json"), reportJson(report)});
    return true;
}

void registerReportExporter()
{
    ExporterRegistry::registerExporter(QStringLiteral("report"),
                                       [] { return std::make_unique<ReportExporter>(); });
}

} // namespace Planar
