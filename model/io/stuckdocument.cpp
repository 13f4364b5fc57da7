#include "stuckdocument.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace Planar {

namespace {

/** Remembers where the latest document started; the rest of a document does not matter. */
class DocumentStarts : public YAML::EventHandler {
public:
    YAML::Mark start;

    void OnDocumentStart(const YAML::Mark &mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
    }
    void OnMapEnd() override {}
};

} // namespace

std::optional<YAML::Mark> findStuckDocument(const QByteArray &yaml)
{
    if (!yaml.contains(',')) return std::nullopt;
    std::istringstream in(yaml.toStdString());
    YAML::Parser parser(in);
    DocumentStarts documents;
    // Every document that advances consumes at least one byte, so more documents than bytes
    // can only be the parser standing still.
    qint64 budget = yaml.size() + 2;
    std::optional<YAML::Mark> previous;
    try {
        while (parser.HandleNextDocument(documents)) {
            if (previous && previous->pos == documents.start.pos) return documents.start;
            if (--budget < 0) return documents.start;
            previous = documents.start;
        }
    } catch (const YAML::Exception &) {
        // A syntax error: YAML::LoadAll throws it too, and the reader reports it from there.
    }
    return std::nullopt;
}

} // namespace Planar
