#pragma once

#include "plan/plane.h"

#include <QColor>
#include <QString>

namespace Planar::Theme {

/** Canvas geometry shared by the auto-arranger and the scene: three stacked plane bands. */
inline constexpr qreal BandGap = 24;
inline constexpr qreal BandHeight = 300;
inline constexpr qreal LeftColumn = 20;   // networks of a plane sit at the band's left
inline constexpr qreal ContentLeft = 260; // hosts, VMs and workloads start here
inline constexpr qreal Grid = 10;

enum class Band { Pod, Vm, Host };
inline qreal bandTop(Band band)
{
    return int(band) * (BandHeight + BandGap);
}

inline QColor planeColor(Plane plane)
{
    switch (plane) {
    case Plane::Host:
        return QColor(0x8d, 0x6e, 0x63);
    case Plane::Vm:
        return QColor(0x1e, 0x88, 0xe5);
    case Plane::Pod:
        return QColor(0x43, 0xa0, 0x47);
    case Plane::Service:
        return QColor(0x8e, 0x24, 0xaa);
    case Plane::External:
        return QColor(0x54, 0x6e, 0x7a);
    }
    return Qt::gray;
}

/** Band backgrounds: pale versions of the plane colours so that dark text stays readable. */
inline QColor bandColor(Band band)
{
    switch (band) {
    case Band::Pod:
        return QColor(0xee, 0xf7, 0xee);
    case Band::Vm:
        return QColor(0xe9, 0xf2, 0xfc);
    case Band::Host:
        return QColor(0xf5, 0xef, 0xec);
    }
    return Qt::white;
}

/** The colour of the zone declared at @p index in the plan (-1: no zone). */
inline QColor zoneColorAt(qsizetype index)
{
    static const QColor palette[] = {QColor(0xfb, 0x8c, 0x00), QColor(0x00, 0x89, 0x7b),
                                     QColor(0xd8, 0x1b, 0x60), QColor(0x5e, 0x35, 0xb1),
                                     QColor(0x7c, 0xb3, 0x42), QColor(0x03, 0x9b, 0xe5),
                                     QColor(0x6d, 0x4c, 0x41), QColor(0xc0, 0xca, 0x33)};
    if (index < 0) return QColor(0xbd, 0xbd, 0xbd);
    return palette[index % qsizetype(sizeof(palette) / sizeof(palette[0]))];
}

/**
 * Below this zoom the canvas draws cards as coloured blocks and links as bundles: a card's
 * text would be under 4 px high, and drawing it costs more than the rest of the frame.
 */
inline constexpr qreal DetailZoom = 0.4;

/** Cards: a header strip with the id, then one line per fact. */
inline constexpr qreal CardHeaderHeight = 24;
inline constexpr qreal CardLineHeight = 18;
/** Card height for @p lineCount lines; the auto-arranger stacks cards with it. */
inline qreal cardHeight(qsizetype lineCount)
{
    return CardHeaderHeight + CardLineHeight * qMax<qsizetype>(1, lineCount) + 8;
}

inline const QColor ErrorColor(0xd3, 0x2f, 0x2f);
inline const QColor WarningColor(0xf5, 0x9e, 0x0b);
inline const QColor ExceptionColor(0x8e, 0x24, 0xaa);
inline const QColor TextColor(0x21, 0x21, 0x21);
inline const QColor MutedTextColor(0x61, 0x61, 0x61);
inline const QColor ManagementColor(0x37, 0x47, 0x4f);
inline const QColor BusinessColor(0x1e, 0x88, 0xe5);
inline const QColor LinkColor(0x45, 0x5a, 0x64);
inline const QColor CardBorderColor(0x9e, 0x9e, 0x9e);
inline const QColor ErrorFill(0xff, 0xeb, 0xee);
inline const QColor WarningFill(0xff, 0xf8, 0xe1);

} // namespace Planar::Theme
