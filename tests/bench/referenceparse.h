#pragma once

#include <QString>

/**
 * The benchmark's yardstick: a bare libyaml event parse of a file, the least any YAML reader
 * must spend on it. Returns the number of events, or -1 when libyaml refuses the file.
 */
qint64 libyamlEventParse(const QString &path);
