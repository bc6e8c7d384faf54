// The floor for Shiken's start-up in the benchmark: a bare QMainWindow of Shiken's size,
// shown the same way and quitting after its first paint the same way (FirstPaint).

#include "firstpaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 760);
    new FirstPaint(&window, [] { FirstPaint::quitIfRequested(); });
    window.show();
    return app.exec();
}
