# The Noto fonts (SIL Open Font License) are bundled into the application's resources so that
# Arabic shapes the same on every workstation, whatever fonts the machine has. They come from
# Debian's fonts-noto-core and fonts-noto-ui-core packages at build time rather than being
# copied into the repository.
set(JISR_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder holding the Noto TTF files")
# Noto Sans Arabic UI is drawn to match Noto Sans (same weight and height), so that an
# identifier inside Arabic text, or an Arabic name in a French list, does not jump in size.
set(JISR_FONT_FILES NotoSansArabicUI-Regular.ttf NotoSansArabicUI-Bold.ttf
                    NotoSans-Regular.ttf NotoSans-Bold.ttf)
set(JISR_BUNDLED_FONTS "")
foreach(font IN LISTS JISR_FONT_FILES)
  if(NOT EXISTS "${JISR_FONT_DIR}/${font}")
    message(FATAL_ERROR
            "Missing ${JISR_FONT_DIR}/${font}: install fonts-noto-core and fonts-noto-ui-core")
  endif()
  configure_file("${JISR_FONT_DIR}/${font}" "${CMAKE_BINARY_DIR}/fonts/${font}" COPYONLY)
  list(APPEND JISR_BUNDLED_FONTS "${CMAKE_BINARY_DIR}/fonts/${font}")
endforeach()
