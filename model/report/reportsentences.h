#pragma once

#include <QHash>
#include <QString>

namespace Planar {

/**
 * The report's sentences by key, beside ReportText's labels: the checks' evidence, the
 * segmentation probes' reasons, the Chinese wording of the LinkJudge's verdicts and of the
 * cluster system flows, and the diagram's words. English wording of the verdicts and system
 * flows is the model's own (LinkJudge, ClusterFlows), so that explain and the report agree.
 */
const QHash<QString, QString> &englishSentences();
const QHash<QString, QString> &chineseSentences();

} // namespace Planar
