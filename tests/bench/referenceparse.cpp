#include "referenceparse.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace {

/** Counts yaml-cpp's events and does nothing else with them. */
class EventCounter : public YAML::EventHandler {
public:
    qint64 events = 0;
    void OnDocumentStart(const YAML::Mark &) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

} // namespace

qint64 libyamlEventParse(const QString &path)
{
    // Streamed from the file, as a reader that never holds the whole text would read it.
    const std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(path.toLocal8Bit(), "rb"),
                                                      &std::fclose);
    if (!file) return -1;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_file(&parser, file.get());
    qint64 events = 0;
    bool done = false;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            events = -1;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        ++events;
    }
    yaml_parser_delete(&parser);
    return events;
}

qint64 yamlCppEventParse(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    if (!in) return -1;
    YAML::Parser parser(in);
    EventCounter counter;
    try {
        while (parser.HandleNextDocument(counter)) {
        }
    } catch (const YAML::Exception &) {
        return -1;
    }
    return counter.events;
}
