#include "appearance.h"

#include <QApplication>
#include <QChart>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

constexpr auto settingsKey = "view/colorScheme"_L1;

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor button(0x3a, 0x3c, 0x40), disabled(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x8a, 0x8c, 0x90));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb3, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

} // namespace

Appearance::Appearance()
{
    const int stored = QSettings().value(settingsKey, 0).toInt();
    m_scheme = stored == 1 ? Scheme::Light : stored == 2 ? Scheme::Dark : Scheme::System;
}

Appearance &Appearance::instance()
{
    static Appearance appearance;
    return appearance;
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    QSettings().setValue(settingsKey, int(scheme));
    apply();
}

void Appearance::apply()
{
    // The platform's palette, before Shiken changed it, is what "System" means.
    if (!m_systemKnown) {
        m_systemPalette = QApplication::palette();
        m_systemKnown = true;
    }
    const bool wasDark = m_dark;
    applyPalette();
    if (wasDark != m_dark || m_scheme != Scheme::System)
        emit changed();
}

void Appearance::applyPalette()
{
    QPalette palette;
    switch (m_scheme) {
    case Scheme::System:
        palette = m_systemPalette;
        break;
    case Scheme::Light:
        palette = QApplication::style()->standardPalette();
        break;
    case Scheme::Dark:
        palette = darkPalette();
        break;
    }
    m_dark = palette.color(QPalette::Window).lightness() < 128;
    QApplication::setPalette(palette);
}

QColor Appearance::color(Role role)
{
    const bool dark = instance().m_dark;
    switch (role) {
    case Role::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Role::Success:
        return dark ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x17, 0x6b, 0x32);
    case Role::Caution:
        return dark ? QColor(0xf0, 0xc0, 0x6a) : QColor(0x8a, 0x5a, 0x00);
    case Role::Answered:
        return dark ? QColor(0x1f, 0x4e, 0x79) : QColor(0xcf, 0xe3, 0xf7);
    case Role::Incomplete:
        return dark ? QColor(0x6b, 0x4a, 0x12) : QColor(0xfb, 0xe3, 0xb8);
    case Role::Correct:
        return dark ? QColor(0x1e, 0x5a, 0x2c) : QColor(0xd3, 0xf0, 0xd5);
    case Role::Wrong:
        return dark ? QColor(0x6e, 0x24, 0x20) : QColor(0xf6, 0xd4, 0xd2);
    case Role::BannerBackground:
        return dark ? QColor(0x4a, 0x3c, 0x14) : QColor(0xff, 0xf4, 0xd6);
    case Role::BannerBorder:
        return dark ? QColor(0x9a, 0x7a, 0x2c) : QColor(0xe0, 0xb8, 0x4c);
    }
    return {};
}

void Appearance::styleChart(QChart *chart)
{
    chart->setTheme(instance().m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
}
