#include "yamlexporter.h"

#include "exportsafety.h"
#include "io/planwriter.h"

namespace Planar {

QString YamlExporter::description() const
{
    return QStringLiteral("The plan itself as canonical YAML (comments are not kept)");
}

QStringList YamlExporter::fileNames(const Plan &plan) const
{
    // The plan name is free text; only a DNS label is trusted as a file name.
    const QString base = ExportSafety::isDnsLabel(plan.name) ? plan.name : QStringLiteral("plan");
    return {base + QStringLiteral(".planar.yaml")};
}

bool YamlExporter::write(const Plan &plan, const ExportOptions &, QList<ExportedFile> *files)
{
    resetMessages();
    // PlanWriter emits through yaml-cpp, which quotes whatever needs it: no field can break
    // out of its scalar, so nothing is refused here.
    files->append({fileNames(plan).first(), PlanWriter::toYaml(plan)});
    return true;
}

} // namespace Planar
