// libFuzzer entry for FuzzTargets::blueprint (see fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::blueprint(data, size);
}
