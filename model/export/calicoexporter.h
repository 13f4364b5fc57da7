#pragma once

#include "exporter.h"

namespace Planar {

/**
 * Calico's IP pools (exports.md "calico"): one IPPool per node holding its Pod subnet as a
 * single block, pinned to the node by nodeSelector, so each node really gets the subnet the
 * plan gives it instead of blocks from a shared pool.
 */
class CalicoExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("calico"); }
    bool singleArtifact() const override { return true; }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;
};

} // namespace Planar
