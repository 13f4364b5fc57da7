#pragma once

#include <QByteArray>
#include <QString>

namespace Planar {

/**
 * YAML allows an implicit key of at most 1024 characters up to its ':' (libyaml counts them);
 * a key written longer, quotes and escapes included, must be the explicit "? key".
 */
constexpr qsizetype kLongKeyBytes = 1024;

/**
 * Plain text that a YAML 1.1 or 1.2 reader would not read back as the same string (booleans,
 * nulls, numbers, sexagesimals): Planar writes such strings double-quoted, so that other
 * tools agree with it.
 */
bool readsAsOtherType(const QString &s);

/**
 * Code points Planar escapes itself rather than leave to yaml-cpp: 0.7 writes U+2028, U+2029,
 * U+0085 and U+FEFF raw (line breaks or a byte-order mark to YAML 1.1 readers) and turns
 * non-characters such as U+FFFF into U+FFFD when quoting.
 */
bool escapedByPlanar(char32_t c);

/** @p s double-quoted, with \x, \u and \U escapes for all that is not printable YAML. */
QByteArray escapedDoubleQuoted(const QString &s);

/** @p utf8 as yaml-cpp 0.7 formats it as a scalar, in flow or block context. */
QByteArray yamlCppScalar(const QByteArray &utf8, bool flow, bool doubleQuoted);

/**
 * UTF-8 to text, a leading U+FEFF included (QString::fromUtf8 drops it as a byte-order mark);
 * every invalid or cut-off sequence becomes U+FFFD, so no byte vanishes.
 */
QString decodeUtf8(QByteArrayView utf8);

} // namespace Planar
