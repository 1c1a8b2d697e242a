#include "batch/output_claims.h"

#include "batch/hash64.h"

namespace prikaz::batch {

OutputClaims::Slot &OutputClaims::find(std::uint64_t key) {
    // Linear probing over a power-of-two table: the keys are already uniform (SHA-1 bits).
    size_t mask = slots_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask)
        if (slots_[i].key == key || slots_[i].key == 0)
            return slots_[i];
}

void OutputClaims::grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot &s : old)
        if (s.key != 0)
            find(s.key) = s;
}

OutputClaims::Claim OutputClaims::claim(std::string_view output, std::uint64_t identity) {
    if ((used_ + 1) * 2 > slots_.size())
        grow();
    std::uint64_t key = hash64(output);
    if (key == 0)
        key = 1; // 0 marks an empty slot
    Slot &s = find(key);
    if (s.key == 0) {
        s = {key, identity};
        ++used_;
        return Claim::Taken;
    }
    return identity != 0 && s.identity == identity ? Claim::SameFileAgain : Claim::TakenByAnother;
}

} // namespace prikaz::batch
