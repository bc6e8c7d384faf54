#include "textscale.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr auto settingsKey = "view/textScale"_L1;

void apply(QWidget *widget, int percent)
{
    QFont font = widget->font();
    font.setPointSizeF(QApplication::font().pointSizeF() * percent / 100.0);
    widget->setFont(font);
    widget->updateGeometry();
}

} // namespace

TextScale::TextScale()
    : m_percent(std::clamp(QSettings().value(settingsKey, 100).toInt(), minimum, maximum))
{ }

TextScale &TextScale::instance()
{
    static TextScale scale;
    return scale;
}

void TextScale::setPercent(int percent)
{
    percent = std::clamp(percent, minimum, maximum);
    if (percent == m_percent)
        return;
    m_percent = percent;
    QSettings().setValue(settingsKey, percent);
    emit changed(percent);
}

void TextScale::follow(QWidget *widget)
{
    TextScale &scale = instance();
    apply(widget, scale.percent());
    connect(&scale, &TextScale::changed, widget, [widget](int percent) { apply(widget, percent); });
}
