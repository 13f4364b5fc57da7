#pragma once

#include <QValidator>

namespace Planar {

/**
 * Checks what is typed into an address, VLAN or port field. Characters that can never belong
 * to such a value are refused outright; text that could still become valid is accepted while
 * typing, and problem() says what is missing, for the hint under the field.
 */
class FieldValidator : public QValidator {
    Q_OBJECT
public:
    enum class Kind {
        Id,
        InterfaceName, // a NIC or switch name: [A-Za-z0-9_.:-]{1,15}
        Cidr,
        CidrList,
        Ip,
        Mac,
        Vlan,
        VlanList,
        Ports,
        Port,
        Integer,
        Date
    };

    FieldValidator(Kind kind, bool optional, QObject *parent = nullptr);

    Kind kind() const { return mKind; }
    State validate(QString &input, int &pos) const override;
    /** Why @p text is not (yet) acceptable, empty when it is. */
    QString problem(const QString &text) const;
    void setRange(int low, int high);

private:
    Kind mKind;
    bool mOptional;
    int mLow = 0;
    int mHigh = 0;
};

} // namespace Planar
