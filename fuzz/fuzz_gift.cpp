// libFuzzer entry for FuzzTargets::gift (see fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::gift(data, size);
}
