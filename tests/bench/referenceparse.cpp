#include "libyamlparse.h"

#include <yaml.h>

#include <cstdio>
#include <memory>

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
