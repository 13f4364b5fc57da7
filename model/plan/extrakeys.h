#pragma once

#include <QList>
#include <QString>

namespace Planar {

/**
 * A key this format version does not know, kept verbatim so that saving never drops it.
 * The value is YAML text as the writer re-emits it; line and column say where it was read.
 */
struct ExtraKey {
    QString key;
    QString yaml;
    int line = 0;
    int column = 0;

    friend bool operator==(const ExtraKey &a, const ExtraKey &b)
    {
        return a.key == b.key && a.yaml == b.yaml;
    }
};

using ExtraKeys = QList<ExtraKey>;

} // namespace Planar
