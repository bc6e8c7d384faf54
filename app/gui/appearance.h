#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

class QChart;

// Light or dark: the window's palette, Qt Charts' theme and the few colours Shiken names
// itself (each with a light and a dark variant). "System" follows the desktop as far as
// Qt 6.4 can read it: the palette the platform gives, dark when its window colour is. The
// choice is kept in the settings; widgets that use named colours restyle on changed().
class Appearance final : public QObject
{
    Q_OBJECT

public:
    enum class Scheme { System, Light, Dark };
    enum class Role {
        Danger, // warnings, failures, the pass line
        Success, // passes, competencies met
        Caution, // a shortage of questions
        Answered, // navigator: answered
        Incomplete, // navigator: fewer choices than asked for
        Correct, // navigator: checked right
        Wrong, // navigator: checked wrong
        BannerBackground, // the resume banner
        BannerBorder,
    };

    static Appearance &instance();

    Scheme scheme() const { return m_scheme; }
    // Applies and remembers a scheme; emits changed() when the colours change.
    void setScheme(Scheme scheme);
    // Applies the remembered scheme (at start-up, once the application exists).
    void apply();
    bool isDark() const { return m_dark; }

    static QColor color(Role role);
    // Qt Charts' theme for the scheme; called before a chart's own colours are set.
    static void styleChart(QChart *chart);

signals:
    void changed();

private:
    Appearance();
    void applyPalette();

    Scheme m_scheme = Scheme::System;
    bool m_dark = false;
    bool m_systemKnown = false;
    QPalette m_systemPalette;
};
