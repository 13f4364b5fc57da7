#pragma once

#include <QString>

namespace Planar {

/**
 * The checks every name passes before it reaches an artifact, and the only way free text
 * (reasons, plan names) gets into one: exporters refuse what fails a check, never escape it.
 */
namespace ExportSafety {

/** DNS-1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters (plan ids). */
bool isDnsLabel(const QString &text);
/** A Linux interface name as the plan allows it: `[A-Za-z0-9_.:-]{1,15}`, not "." or "..". */
bool isInterfaceName(const QString &text);
/** A Kubernetes label key: optional DNS-subdomain prefix and "/", then a 1..63 name. */
bool isLabelKey(const QString &text);
/** A Kubernetes label value: empty, or 1..63 of `[A-Za-z0-9._-]`, alphanumeric at both ends. */
bool isLabelValue(const QString &text);

/**
 * Free text made fit for a one-line comment or an nft `comment "…"`: printable ASCII letters,
 * digits and `space _ . , : / ( ) + = @ % -` are kept, every other character becomes `?`,
 * runs of white space become one space, and text longer than @p maxLength is cut with "...".
 * Nothing it returns can end a comment, open a string or start a rule.
 */
QString commentText(const QString &text, int maxLength = 100);

/** A value quoted for an error message: non-printables escaped, cut after 40 characters. */
QString shown(const QString &text);

} // namespace ExportSafety

} // namespace Planar
