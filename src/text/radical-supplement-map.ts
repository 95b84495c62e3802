/**
 * CJK Radicals Supplement (U+2E80–U+2EF3) → unified ideographs.
 *
 * NFKC maps only ⺟ and ⻳ in this block, yet PDF fonts emit several others in place of the
 * whole character (⻑ for 長, ⻄ for 西, ⻘ for 青 …). This table gives each radical whose
 * glyph is a character of its own, or a standard component with its own code point, the
 * unified ideograph it looks like; following Unicode's EquivalentUnifiedIdeograph data except
 * where a Japanese reader would expect the whole character (⺢ → 水, ⺮ → 竹).
 *
 * Left out, because no BMP ideograph has the same glyph: ⺀ REPEAT, ⺇ TABLE, ⺈ KNIFE ONE,
 * ⺗ HEART TWO, ⺧ COW, ⺪ BOLT OF CLOTH, ⺳ ⺴ ⺵ NET THREE/FOUR and MESH, ⺶ ⺷ ⺸ SHEEP/RAM/EWE,
 * ⺽ MORTAR, ⻇ HORN, ⻊ FOOT, ⻕ MOUND ONE, ⻞ EAT TWO, ⻡ HEAD.
 */
export const RADICAL_SUPPLEMENT_TO_UNIFIED: ReadonlyMap<string, string> = new Map([
  ["⺁", "厂"], // U+2E81 CLIFF
  ["⺂", "乛"], // U+2E82 SECOND ONE
  ["⺃", "乚"], // U+2E83 SECOND TWO
  ["⺄", "乙"], // U+2E84 SECOND THREE
  ["⺅", "亻"], // U+2E85 PERSON
  ["⺆", "冂"], // U+2E86 BOX
  ["⺉", "刂"], // U+2E89 KNIFE TWO
  ["⺊", "卜"], // U+2E8A DIVINATION
  ["⺋", "㔾"], // U+2E8B SEAL
  ["⺌", "小"], // U+2E8C SMALL ONE
  ["⺍", "小"], // U+2E8D SMALL TWO
  ["⺎", "尢"], // U+2E8E LAME ONE
  ["⺏", "尣"], // U+2E8F LAME TWO
  ["⺐", "尢"], // U+2E90 LAME THREE
  ["⺑", "尣"], // U+2E91 LAME FOUR
  ["⺒", "巳"], // U+2E92 SNAKE
  ["⺓", "幺"], // U+2E93 THREAD
  ["⺔", "彑"], // U+2E94 SNOUT ONE
  ["⺕", "彐"], // U+2E95 SNOUT TWO
  ["⺖", "忄"], // U+2E96 HEART ONE
  ["⺘", "扌"], // U+2E98 HAND
  ["⺙", "攵"], // U+2E99 RAP
  ["⺛", "旡"], // U+2E9B CHOKE
  ["⺜", "日"], // U+2E9C SUN
  ["⺝", "月"], // U+2E9D MOON
  ["⺞", "歺"], // U+2E9E DEATH
  ["⺟", "母"], // U+2E9F MOTHER
  ["⺠", "民"], // U+2EA0 CIVILIAN
  ["⺡", "氵"], // U+2EA1 WATER ONE
  ["⺢", "水"], // U+2EA2 WATER TWO (Unicode: 氺 U+6C3A, not used in Japanese text)
  ["⺣", "灬"], // U+2EA3 FIRE
  ["⺤", "爫"], // U+2EA4 PAW ONE
  ["⺥", "爫"], // U+2EA5 PAW TWO
  ["⺦", "丬"], // U+2EA6 SIMPLIFIED HALF TREE TRUNK
  ["⺨", "犭"], // U+2EA8 DOG
  ["⺩", "王"], // U+2EA9 JADE
  ["⺫", "目"], // U+2EAB EYE
  ["⺬", "示"], // U+2EAC SPIRIT ONE
  ["⺭", "礻"], // U+2EAD SPIRIT TWO
  ["⺮", "竹"], // U+2EAE BAMBOO (Unicode: 𥫗 U+25AD7)
  ["⺯", "糹"], // U+2EAF SILK
  ["⺰", "纟"], // U+2EB0 C-SIMPLIFIED SILK
  ["⺱", "罓"], // U+2EB1 NET ONE
  ["⺲", "罒"], // U+2EB2 NET TWO
  ["⺹", "耂"], // U+2EB9 OLD
  ["⺺", "肀"], // U+2EBA BRUSH ONE
  ["⺻", "聿"], // U+2EBB BRUSH TWO
  ["⺼", "肉"], // U+2EBC MEAT
  ["⺾", "艹"], // U+2EBE GRASS ONE
  ["⺿", "艹"], // U+2EBF GRASS TWO
  ["⻀", "艹"], // U+2EC0 GRASS THREE
  ["⻁", "虎"], // U+2EC1 TIGER
  ["⻂", "衤"], // U+2EC2 CLOTHES
  ["⻃", "覀"], // U+2EC3 WEST ONE
  ["⻄", "西"], // U+2EC4 WEST TWO
  ["⻅", "见"], // U+2EC5 C-SIMPLIFIED SEE
  ["⻆", "角"], // U+2EC6 SIMPLIFIED HORN
  ["⻈", "讠"], // U+2EC8 C-SIMPLIFIED SPEECH
  ["⻉", "贝"], // U+2EC9 C-SIMPLIFIED SHELL
  ["⻋", "车"], // U+2ECB C-SIMPLIFIED CART
  ["⻌", "辶"], // U+2ECC SIMPLIFIED WALK
  ["⻍", "辶"], // U+2ECD WALK ONE
  ["⻎", "辶"], // U+2ECE WALK TWO
  ["⻏", "阝"], // U+2ECF CITY
  ["⻐", "钅"], // U+2ED0 C-SIMPLIFIED GOLD
  ["⻑", "長"], // U+2ED1 LONG ONE
  ["⻒", "镸"], // U+2ED2 LONG TWO
  ["⻓", "长"], // U+2ED3 C-SIMPLIFIED LONG
  ["⻔", "门"], // U+2ED4 C-SIMPLIFIED GATE
  ["⻖", "阝"], // U+2ED6 MOUND TWO
  ["⻗", "雨"], // U+2ED7 RAIN
  ["⻘", "青"], // U+2ED8 BLUE
  ["⻙", "韦"], // U+2ED9 C-SIMPLIFIED TANNED LEATHER
  ["⻚", "页"], // U+2EDA C-SIMPLIFIED LEAF
  ["⻛", "风"], // U+2EDB C-SIMPLIFIED WIND
  ["⻜", "飞"], // U+2EDC C-SIMPLIFIED FLY
  ["⻝", "食"], // U+2EDD EAT ONE
  ["⻟", "飠"], // U+2EDF EAT THREE
  ["⻠", "饣"], // U+2EE0 C-SIMPLIFIED EAT
  ["⻢", "马"], // U+2EE2 C-SIMPLIFIED HORSE
  ["⻣", "骨"], // U+2EE3 BONE
  ["⻤", "鬼"], // U+2EE4 GHOST
  ["⻥", "鱼"], // U+2EE5 C-SIMPLIFIED FISH
  ["⻦", "鸟"], // U+2EE6 C-SIMPLIFIED BIRD
  ["⻧", "卤"], // U+2EE7 C-SIMPLIFIED SALT
  ["⻨", "麦"], // U+2EE8 SIMPLIFIED WHEAT
  ["⻩", "黄"], // U+2EE9 SIMPLIFIED YELLOW
  ["⻪", "黾"], // U+2EEA C-SIMPLIFIED FROG
  ["⻫", "斉"], // U+2EEB J-SIMPLIFIED EVEN
  ["⻬", "齐"], // U+2EEC C-SIMPLIFIED EVEN
  ["⻭", "歯"], // U+2EED J-SIMPLIFIED TOOTH
  ["⻮", "齿"], // U+2EEE C-SIMPLIFIED TOOTH
  ["⻯", "竜"], // U+2EEF J-SIMPLIFIED DRAGON
  ["⻰", "龙"], // U+2EF0 C-SIMPLIFIED DRAGON
  ["⻱", "龜"], // U+2EF1 TURTLE
  ["⻲", "亀"], // U+2EF2 J-SIMPLIFIED TURTLE
  ["⻳", "龟"], // U+2EF3 C-SIMPLIFIED TURTLE
]);

/** Every character of the CJK Radicals Supplement block, as a global pattern for scanning text. */
export const RADICAL_SUPPLEMENT_PATTERN = /[\u2E80-\u2EF3]/gu;
