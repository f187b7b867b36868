# Rewrites IANA text tzdata so every Link becomes a Zone of its own name with its target's lines, as the system's
# compiled zoneinfo is read on Linux (date/tz with USE_OS_TZDB: /usr/share/zoneinfo/UTC is a zone named "UTC").
# With the Links kept, date/tz on Windows would answer locate_zone("UTC")->name() with "Etc/UTC".
# Usage: awk -v out=DIR -f tzdata_links_as_zones.awk FILE... FILE... (the same files twice, comment lines already
# removed): the first round collects each Zone's lines, the second writes DIR/<name of each file>.
FNR == 1 {
    pass = (seen[FILENAME]++ ? 2 : 1)
    name = FILENAME
    sub(/.*\//, "", name)
    dest = out "/" name
}
pass == 1 {
    if ($1 == "Zone") { zone = $2; body[zone] = $0; next }
    if ($1 == "Link") { target[$3] = $2; zone = ""; next }
    if ($0 ~ /^[ \t]/ && zone != "" && NF > 0) { body[zone] = body[zone] "\n" $0; next }
    zone = ""
    next
}
$1 == "Link" {
    to = $2
    for (hops = 0; !(to in body) && (to in target) && hops < 8; hops++) to = target[to]
    if (!(to in body)) { print "tzdata: link " $3 " -> " $2 " leads to no zone" > "/dev/stderr"; exit 1 }
    text = body[to]
    sub(/^Zone[ \t]+[^ \t]+/, "Zone\t" $3, text)
    print text > dest
    next
}
{ print > dest }
