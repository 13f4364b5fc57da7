// libFuzzer harness: plan bytes → reader → validator → writer → every exporter.
// Built with clang's -fsanitize=fuzzer in the fuzz build (PLANAR_FUZZ); in every other build
// replaymain.cpp drives the same function over the corpus, so a fixed finding stays fixed.

#include "check/validator.h"
#include "export/exporterregistry.h"
#include "export/exportrunner.h"
#include "io/planreader.h"
#include "io/planwriter.h"

#include <QDate>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Planar;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "planar_fuzz: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult read = PlanReader::readText(text, QStringLiteral("fuzz.planar.yaml"));
    if (!read.plan) {
        // A refused plan must say where and why; an empty error list would leave the user
        // with nothing to fix.
        if (read.errors.isEmpty()) fail("plan refused without an error", text);
        return 0;
    }
    const Plan &plan = *read.plan;
    const QDate today(2026, 12, 1);
    validatePlan(plan, today);

    // What Planar writes it must read back, and writing again gives the same bytes: a plan
    // that saves but does not reopen is lost work.
    const QByteArray saved = PlanWriter::toYaml(plan);
    const ReadResult reread = PlanReader::readText(saved, QStringLiteral("saved.planar.yaml"));
    if (!reread.plan) {
        QByteArray why = saved;
        for (const ReadError &e : reread.errors)
            why += '\n' + e.toString().toUtf8();
        fail("saved plan does not read back", why);
    }
    if (PlanWriter::toYaml(*reread.plan) != saved)
        fail("second save differs from the first", saved);

    ExportOptions options;
    options.today = today;
    options.force = true;
    for (const QString &id : ExporterRegistry::ids())
        ExportRunner::run(plan, id, options);
    return 0;
}
