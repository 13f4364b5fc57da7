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

/** The diagram's words in the report's language, which the CLI has no translator for. */
DiagramLabels diagramLabels(const ReportText &t)
{
    DiagramLabels l;
    l.podPlane = t("diagram.podPlane");
    l.vmPlane = t("diagram.vmPlane");
    l.hostPlane = t("diagram.hostPlane");
    l.namespaceFrame = t("diagram.namespace");
    l.zone = t("diagram.zone");
    l.zoneNamed = t("diagram.zoneNamed");
    l.level = t("diagram.level");
    l.cde = t("diagram.cde");
    l.forbidden = t("diagram.forbidden");
    l.exception = t("diagram.exception");
    l.legendAllowed = t("legend.allowed");
    l.legendDenied = t("legend.denied");
    l.legendException = t("legend.exception");
    l.legendZone = t("legend.zone");
    l.legendCde = t("legend.cde");
    l.legendError = t("legend.error");
    l.legendWarning = t("legend.warning");
    l.legendHost = t("legend.host");
    l.legendVm = t("legend.vm");
    l.legendPod = t("legend.pod");
    l.legendService = t("legend.service");
    l.legendExternal = t("legend.external");
    CardWords &c = l.cards.emplace();
    c.host = t("card.host");
    c.vmNode = t("card.vmNode");
    c.workload = t("card.workload");
    c.zone = t("card.zone");
    c.cluster = t("card.cluster");
    c.external = t("card.external");
    c.network = t("card.network");
    c.management = t("card.management");
    c.business = t("card.business");
    c.storage = t("card.storage");
    c.uplink = t("card.uplink");
    c.noNics = t("card.noNics");
    c.noPodSubnet = t("card.noPodSubnet");
    c.noPorts = t("card.noPorts");
    c.nicVlan = t("card.nicVlan");
    c.networkVlan = t("card.networkVlan");
    c.pods = t("card.pods");
    c.services = t("card.services");
    c.exposed = t("card.exposed");
    c.level = t("card.level");
    c.cde = t("card.cde");
    c.perNode = t("card.perNode");
    return l;
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
    const Diagram diagram(plan, findings, options.today, diagramLabels(ReportText(options.lang)));
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
    files->append({QStringLiteral("checklist.csv"), checklistCsv(report, options.lang)});
    files->append({QStringLiteral("report.json"), reportJson(report, options.lang)});
    return true;
}

void registerReportExporter()
{
    ExporterRegistry::registerExporter(QStringLiteral("report"),
                                       [] { return std::make_unique<ReportExporter>(); });
}

} // namespace Planar
