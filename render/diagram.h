#pragma once

#include "autolayout.h"
#include "check/finding.h"
#include "diagramlabels.h"
#include "document/entity.h"
#include "itemcontent.h"
#include "linkstyle.h"
#include "plan/plan.h"

#include <QByteArray>
#include <QDate>
#include <QLineF>
#include <QList>
#include <QRectF>

class QPainter;

namespace Planar {

/** The plan's three planes as the editor draws them, computed without a window. */
class Diagram {
public:
    /**
     * Lays out @p plan (its `layout` positions, else the auto-arrangement). @p findings colour
     * the cards; links are judged as on @p today (exceptions expire). @p labels are the words
     * of bands, frames, link tags and legend (the report passes its language's).
     */
    Diagram(const Plan &plan, const QList<Finding> &findings,
            const QDate &today = QDate::currentDate(),
            const DiagramLabels &labels = DiagramLabels::translated());

    /** In diagram units (= scene pixels). */
    QRectF bounds() const { return mBounds; }
    /** One `<svg>` element, XML-well-formed, embeddable inline in XHTML; deterministic. */
    QByteArray toSvg() const;
    /** The same picture as vectors (PDF via QPdfWriter, PNG via QImage, printing). */
    void paint(QPainter *painter) const;

    /** The `data-link` of each link, in plan order: its id, else "#N" as the editor keys it. */
    QStringList linkKeys() const;

    struct Band {
        QRectF rect;
        QColor fill;
        QColor accent;
        QString title;
    };
    struct Frame {
        QRectF rect;
        QColor color;
        QString label;
        QString zone; // empty: a namespace frame
        bool cde = false;
        QString cdeTag; // the word on a CDE frame's tag, in the diagram's language
    };
    struct Card {
        QString id;
        ItemKind kind = ItemKind::None;
        QRectF rect;
        ItemContent content; // texts already cut to fit the card
        ItemStatus status = ItemStatus::Ok;
    };
    struct Edge {
        QString key;
        QString title; // "web → db", for the SVG tooltip
        QLineF line;   // null when an end is missing or the link loops on one card
        LinkState state = LinkState::Allowed;
        QString label;
        QRectF labelRect;
    };

    struct LegendItem {
        enum Sample { Link, Frame, Card, Swatch } sample = Link;
        QRectF rect; // the sample; its text follows at the right
        QString text;
        LinkState state = LinkState::Allowed;
        QColor color;
        bool cde = false;
        ItemStatus status = ItemStatus::Ok;
    };

private:
    void placeLegend();
    void placeCards(const Plan &plan, const QList<Finding> &findings);
    void placeFrames(const Plan &plan);
    void placeEdges(const Plan &plan, const QDate &today);
    void placeBands(const Plan &plan);

    DiagramLabels mLabels;
    QList<BandStrip> mStrips; // as the auto-arrangement laid the bands out
    QList<Band> mBands;
    QList<Frame> mFrames;
    QList<Card> mCards;
    QList<Edge> mEdges;
    QString mTitle;
    QList<LegendItem> mLegend;
    QRectF mBounds;
};

} // namespace Planar
