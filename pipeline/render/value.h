// The data a template sees: a small JSON-like tree (null, bool, integer, string, list, map).
// The renderer builds it from a record (render/context.h); templates read it through dotted
// paths ({{ requisites.date }}) and filters. Values are immutable once built and cheap to copy
// (lists and maps are shared), so one context can be read by many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace prikaz::render {

class Value;
using List = std::vector<Value>;
// Insertion-ordered: templates and `template check` list fields in the record's order.
using Map = std::vector<std::pair<std::string, Value>>;

class Value {
  public:
    Value() = default;
    Value(bool b) : data_(b) {}
    Value(int i) : data_(static_cast<long long>(i)) {}
    Value(long long i) : data_(i) {}
    Value(std::string s) : data_(std::move(s)) {}
    Value(const char *s) : data_(std::string(s)) {}
    Value(List l) : data_(std::make_shared<const List>(std::move(l))) {}
    Value(Map m) : data_(std::make_shared<const Map>(std::move(m))) {}

    bool is_null() const { return std::holds_alternative<std::monostate>(data_); }
    bool is_bool() const { return std::holds_alternative<bool>(data_); }
    bool is_int() const { return std::holds_alternative<long long>(data_); }
    bool is_string() const { return std::holds_alternative<std::string>(data_); }
    bool is_list() const { return std::holds_alternative<std::shared_ptr<const List>>(data_); }
    bool is_map() const { return std::holds_alternative<std::shared_ptr<const Map>>(data_); }

    bool as_bool() const { return std::get<bool>(data_); }
    long long as_int() const { return std::get<long long>(data_); }
    const std::string &as_string() const { return std::get<std::string>(data_); }
    const List &as_list() const { return *std::get<std::shared_ptr<const List>>(data_); }
    const Map &as_map() const { return *std::get<std::shared_ptr<const Map>>(data_); }

    // Jinja truthiness: null, false, 0, "" and empty lists/maps are false.
    bool truthy() const {
        if (is_null())
            return false;
        if (is_bool())
            return as_bool();
        if (is_int())
            return as_int() != 0;
        if (is_string())
            return !as_string().empty();
        if (is_list())
            return !as_list().empty();
        return !as_map().empty();
    }

    // A map's member, or null when this is not a map or has no such key.
    const Value &get(std::string_view key) const {
        static const Value null_value;
        if (!is_map())
            return null_value;
        for (const auto &[k, v] : as_map())
            if (k == key)
                return v;
        return null_value;
    }

    // What {{ value }} prints: strings as they are, integers in decimal, booleans as
    // "да"/"нет" are never wanted in a document, so they print empty, as do null, lists, maps.
    std::string to_text() const {
        if (is_string())
            return as_string();
        if (is_int())
            return std::to_string(as_int());
        return {};
    }

  private:
    std::variant<std::monostate, bool, long long, std::string, std::shared_ptr<const List>,
                 std::shared_ptr<const Map>>
        data_;
};

// A template filter: {{ input | name(args...) }}. Throws std::invalid_argument with a short
// message when the arguments do not fit.
using Filter = Value (*)(const Value &input, const std::vector<Value> &args);
// Finds a filter by name; nullptr when there is none. The engine takes one of these so that
// it does not depend on which filters exist (render/filters.h provides the real set).
using FilterLookup = Filter (*)(std::string_view name);

} // namespace prikaz::render
