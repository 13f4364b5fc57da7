#pragma once

#include "plan/extrakeys.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Planar {

/**
 * A yaml-cpp emitter whose strings read back as written, by yaml-cpp and by other YAML readers.
 * yaml-cpp 0.7 writes U+2028, U+2029, U+0085 and U+FEFF raw (line breaks or a byte-order mark
 * to YAML 1.1 readers) and turns non-characters such as U+FFFF into U+FFFD when quoting, so
 * strings holding any of them are written here as double-quoted scalars with \x, \u and \U
 * escapes. yaml-cpp cannot take pre-formatted text, so it gets a placeholder that finish()
 * replaces; every other string goes to yaml-cpp unchanged and its output stays as it was.
 */
class YamlOut {
public:
    YamlOut();

    YAML::Emitter &emitter() { return mOut; }

    /**
     * A string scalar, double-quoted when a YAML reader would take it for another type; @p flow
     * says it stands inside a flow collection, where yaml-cpp quotes more.
     */
    void text(const QString &s, bool forceQuotes = false, bool flow = false);
    /**
     * Re-emits a loaded node (YAML::Node, or the fast path's TreeNode); its scalars keep
     * their type and go through the same escaping.
     */
    template <typename Node> void node(const Node &n);
    /** Inside an open mapping: the unknown keys, each value re-emitted as it was read. */
    void extraEntries(const ExtraKeys &extra, bool flow = false);

    /** The document with every placeholder replaced by its escaped scalar. */
    QByteArray finish() const;

private:
    template <typename Node> void node(const Node &n, bool inFlow);
    void scalar(const std::string &utf8, bool quoteIfAmbiguous, bool forceQuotes, bool flow);

    YAML::Emitter mOut;
    QList<QByteArray> mEscaped;
};

/** The YAML text of a loaded node, as the writer re-emits values it keeps verbatim. */
template <typename Node> QString yamlText(const Node &node);

} // namespace Planar
