#include "reporthtml.h"

#include "reporthtmlsections.h"

namespace Planar {

namespace {

// A4 with page breaks between sections; tables repeat their header and rows never split.
const char *const Css = R"(
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
       font-size: 10pt; color: #1a1a1a; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 20pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; border-bottom: 2px solid #2c5d8a; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
section { margin-bottom: 10mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
th, td { border: 1px solid #b8c2cc; padding: 2px 4px; text-align: left; vertical-align: top;
         word-break: break-word; }
th { background: #e8eef4; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.status, tr[data-status] td:nth-child(7) { font-weight: bold; }
tr[data-status="fail"] td { background: #fde2e1; }
tr[data-status="manual"] td { background: #fff6d6; }
tr[data-status="pass"] td:nth-child(7) { color: #1d6b2f; }
.banner { border: 2px solid #b3261e; background: #fde2e1; padding: 3mm; font-weight: bold; }
.disclaimer { border-left: 4px solid #2c5d8a; padding-left: 3mm; font-style: italic; }
.sign { display: inline-block; min-width: 60mm; border-bottom: 1px solid #000; }
.bar { background: #e8eef4; height: 3mm; width: 60mm; display: inline-block; }
.bar span { background: #2c5d8a; height: 3mm; display: block; }
.diagram svg { width: 100%; height: auto; }
.deny { color: #b3261e; }
dl.facts { display: grid; grid-template-columns: 45mm auto; gap: 1mm 4mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; word-break: break-all; }
@media print { section { page-break-before: always; break-before: page; }
               section#cover { page-break-before: avoid; break-before: avoid; } }
)";

void section(HtmlWriter &w, const char *id, const QString &heading)
{
    w.open(QStringLiteral("section"), {HtmlWriter::attr(QStringLiteral("id"), QLatin1String(id))});
    w.element(QStringLiteral("h2"), heading);
}

} // namespace

QByteArray inlineSvg(const QByteArray &svgDocument)
{
    const qsizetype start = svgDocument.indexOf("<svg");
    return start < 0 ? QByteArray() : svgDocument.mid(start).trimmed();
}

QByteArray reportHtml(const Report &r, const Plan &plan, const QString &lang,
                      const QByteArray &diagramSvg)
{
    return reportHtml(r, plan, lang, diagramSvg, 0);
}

QByteArray reportHtml(const Report &r, const Plan &plan, const QString &lang,
                      const QByteArray &diagramSvg, qsizetype rowLimit)
{
    const ReportText t(lang);
    HtmlWriter w;
    w.setRowLimit(rowLimit, t("moreRows"));
    w.raw(QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" %1>\n")
              .arg(HtmlWriter::attr(QStringLiteral("lang"), t.lang())));
    w.raw(QStringLiteral("<head>\n<meta charset=\"utf-8\"/>\n"));
    w.element(QStringLiteral("title"), t("title") + QStringLiteral(": ") + r.planName);
    w.raw(QStringLiteral("<style>") + QString::fromLatin1(Css) + QStringLiteral("</style>\n"));
    w.raw(QStringLiteral("</head>\n<body>\n"));

    w.open(QStringLiteral("section"),
           {HtmlWriter::attr(QStringLiteral("id"), QStringLiteral("cover"))});
    ReportHtml::cover(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "zones", t("zones"));
    ReportHtml::zones(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "diagram", t("diagram"));
    w.raw(QStringLiteral("<div class=\"diagram\">\n"));
    w.raw(QString::fromUtf8(inlineSvg(diagramSvg)));
    w.raw(QStringLiteral("\n</div>\n"));
    w.close(QStringLiteral("section"));

    section(w, "addresses", t("addresses"));
    ReportHtml::addresses(w, r, plan, t);
    w.close(QStringLiteral("section"));

    section(w, "flows", t("flows"));
    ReportHtml::flows(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "exceptions", t("exceptions"));
    ReportHtml::exceptions(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "checklist", t("checklist"));
    ReportHtml::checklist(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "findings", t("findings"));
    ReportHtml::findings(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "appendix-segmentation", t("segmentation"));
    ReportHtml::segmentation(w, r, t);
    w.close(QStringLiteral("section"));

    section(w, "appendix-not-evidenced", t("notEvidenced"));
    ReportHtml::notEvidenced(w, t);
    w.close(QStringLiteral("section"));

    w.raw(QStringLiteral("</body>\n</html>\n"));
    return w.text().toUtf8();
}

} // namespace Planar
