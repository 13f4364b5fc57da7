#pragma once

#include "exporter.h"

namespace Planar {

/**
 * The plan itself, normalised by PlanWriter: keys in plan-format.md order, lists in the user's
 * order, unknown keys kept. Comments of a hand-written plan are not kept.
 */
class YamlExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("yaml"); }
    QString description() const override;
    bool singleArtifact() const override { return true; }
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;
};

} // namespace Planar
