#include "diagramlabels.h"

#include <QCoreApplication>

namespace Planar {

DiagramLabels DiagramLabels::translated()
{
    // The contexts the canvas uses for the same words, so that one translation serves both.
    DiagramLabels l;
    l.podPlane = QCoreApplication::translate("Planar::PlanScene", "Pod plane  %1");
    l.vmPlane = QCoreApplication::translate("Planar::PlanScene", "VM node plane");
    l.hostPlane = QCoreApplication::translate("Planar::PlanScene", "Host plane");
    l.namespaceFrame = QCoreApplication::translate("Planar::PlanScene", "namespace %1");
    l.zone = QCoreApplication::translate("Planar::Diagram", "zone %1");
    l.zoneNamed = QCoreApplication::translate("Planar::Diagram", "zone %1 · %2");
    l.level = QCoreApplication::translate("Planar::Diagram", " · level %1");
    l.cde = QCoreApplication::translate("Planar::Diagram", "CDE");
    l.forbidden = QCoreApplication::translate("Planar::LinkItem", "✕ forbidden  %1");
    l.exception = QCoreApplication::translate("Planar::LinkItem", "⚑ exception  %1");
    l.legendAllowed = QCoreApplication::translate("Planar::Diagram", "allowed link (ports)");
    l.legendDenied = QCoreApplication::translate("Planar::Diagram", "denied by the plane matrix");
    l.legendException = QCoreApplication::translate("Planar::Diagram", "allowed by exception");
    l.legendZone = QCoreApplication::translate("Planar::Diagram", "zone");
    l.legendCde = QCoreApplication::translate("Planar::Diagram", "CDE zone (PCI DSS scope)");
    l.legendError = QCoreApplication::translate("Planar::Diagram", "card with an error");
    l.legendWarning = QCoreApplication::translate("Planar::Diagram", "card with a warning");
    l.legendHost = QCoreApplication::translate("Planar::Diagram", "host plane");
    l.legendVm = QCoreApplication::translate("Planar::Diagram", "VM plane");
    l.legendPod = QCoreApplication::translate("Planar::Diagram", "Pod plane");
    l.legendService = QCoreApplication::translate("Planar::Diagram", "Service plane");
    l.legendExternal = QCoreApplication::translate("Planar::Diagram", "external");
    return l;
}

} // namespace Planar
