#pragma once

#include <QString>

namespace Planar {

/**
 * The name rules of the systems a plan's names reach (DNS, Linux interfaces, Kubernetes): the
 * one copy that the validator and the exporters both ask, so that validate reports every name
 * an exporter would refuse.
 */
namespace Names {

/** DNS-1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters (ids, namespaces). */
bool isDnsLabel(const QString &text);
/** DNS-1123 subdomain: dot-separated DNS labels, at most 253 characters. */
bool isDnsSubdomain(const QString &text);
/** A Linux interface name as the plan allows it: `[A-Za-z0-9_.:-]{1,15}`, not "." or "..". */
bool isInterfaceName(const QString &text);
/** A Kubernetes label key: optional DNS-subdomain prefix and "/", then a 1..63 name. */
bool isLabelKey(const QString &text);
/** A Kubernetes label value: empty, or 1..63 of `[A-Za-z0-9._-]`, alphanumeric at both ends. */
bool isLabelValue(const QString &text);

} // namespace Names

} // namespace Planar
