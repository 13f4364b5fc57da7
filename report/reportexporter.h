#pragma once

#include "export/exporter.h"

namespace Planar {

/**
 * The `report` exporter (compliance.md): report.html, report.pdf, flows.csv, checklist.csv
 * and report.json from one Report, with the diagram drawn by planar_render.
 */
class ReportExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("report"); }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;
};

/** Adds the report exporter to ExporterRegistry; the CLI and the editor call it at start-up. */
void registerReportExporter();

} // namespace Planar
