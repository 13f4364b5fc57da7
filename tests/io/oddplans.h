#pragma once

#include "generate/plangenerator.h"
#include "plan/plan.h"

#include <QByteArray>
#include <QPair>
#include <QStringList>

namespace Planar {

/** Every file of the fuzz corpus: the examples, every test fixture, the saved regressions. */
QStringList fuzzCorpus();

/** A generated plan of the tests: its row name and its generator's options. */
struct GeneratedPlan {
    QByteArray name;
    GeneratorOptions options;
};
/** Generated plans at three seeds and three sizes, some with mistakes, and one of 2,000 hosts. */
QList<GeneratedPlan> generatedPlans();

/** Text that takes each of the writer's paths: plain, quoted by us or by yaml-cpp, escaped. */
QList<QPair<const char *, QString>> oddTexts();

/** A plan with @p s in every field, key and list that holds text, and unknown keys beside. */
Plan planWithTextEverywhere(const QString &s);

/** A plan file with unknown keys at every level, holding values of every YAML shape. */
QByteArray unknownKeysEverywhere();

} // namespace Planar
