#pragma once

#include "itemcontent.h"

#include <QString>

#include <optional>

namespace Planar {

/**
 * The words a diagram writes beside the plan's own: band titles, frame labels, link tags and the
 * legend. The editor takes them from its translation (the UI language); the report fills them
 * from ReportText, so that `planar-cli` writes a Chinese diagram without loading a translator.
 */
struct DiagramLabels {
    QString podPlane; // "Pod plane  %1": %1 the cluster's Pod ranges
    QString vmPlane;  // band titles
    QString hostPlane;
    QString namespaceFrame; // "namespace %1"
    QString zone;           // "zone %1"
    QString zoneNamed;      // "zone %1 · %2": id, name
    QString level;          // " · level %1", appended to a zone's label
    QString cde;            // the tag on a CDE zone's frame
    QString forbidden;      // "✕ forbidden  %1": %1 the ports
    QString exception;      // "⚑ exception  %1"
    QString legendAllowed, legendDenied, legendException, legendZone, legendCde;
    QString legendError, legendWarning;
    QString legendHost, legendVm, legendPod, legendService, legendExternal;
    /** The cards' words; none: the cards take the translation's, as on the canvas. */
    std::optional<CardWords> cards;

    /** In the application's language, through the installed QTranslator (the editor's). */
    static DiagramLabels translated();
};

} // namespace Planar
