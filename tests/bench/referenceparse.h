#pragma once

#include <QString>

/**
 * The benchmark's yardstick: a bare libyaml event parse of a file, the least any YAML reader
 * must spend on it. Returns the number of events, or -1 when libyaml refuses the file.
 */
qint64 libyamlEventParse(const QString &path);

/**
 * yaml-cpp's own event parse of a file (YAML::Parser, no node tree): the floor of any reader
 * built on yaml-cpp's event API. Returns the number of events, or -1 on a syntax error.
 */
qint64 yamlCppEventParse(const QString &path);
