package fi.servicedesk.redaction.detection;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A SIM's IMSI after its label ("IMSI 244911036447750", "IMSI: 234 15 0300048362", "liittymän IMSI-numero on …",
 * "imsi=240070820836502"): the subscriber's identity itself, which the operator maps to the holder of the line, so a
 * bot's corpus may not keep it, as it may not keep a handset's IMEI (R8.2, R9.4). Fourteen or fifteen digits, in one
 * run or spaced as the network writes its parts (country code, network code, the subscriber's number), opening with a
 * mobile country code the ITU has assigned (E.212): so the label's digits are no card's ICCID (89…, which names the
 * card and is kept) and no test network's (001 01…).
 */
final class SubscriberIdentities {

    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:imsi)(?:[- ]?(?i:koodi|numero|tunnus|nummer|numret|code|number))?"
                    + "(?:[ \\t]*=[ \\t]*|" + DeviceIdDetector.BETWEEN_LABEL_AND_DIGITS + ")"
                    + "([0-9](?:[ -]?[0-9]){13,14})(?![\\p{L}\\p{N}]|[.,][0-9])");
    /**
     * The mobile country codes of ITU-T E.212 by zone: Europe; North America and the Caribbean; Asia and the Middle
     * East; Oceania; Africa; Central and South America; and 901, the code international networks share.
     */
    private static final BitSet COUNTRY_CODES = codes("""
            202 204 206 208 212 213 214 216 218 219 220 221 222 225 226 228 230 231 232 234 235 238 240 242 244 246 247
            248 250 255 257 259 260 262 266 268 270 272 274 276 278 280 282 283 284 286 288 289 290 292 293 294 295 297
            302 308 310 311 312 313 314 315 316 330 332 334 338 340 342 344 346 348 350 352 354 356 358 360 362 363 364
            365 366 368 370 372 374 376
            400 401 402 404 405 406 410 412 413 414 415 416 417 418 419 420 421 422 424 425 426 427 428 429 430 431 432
            434 436 437 438 440 441 450 452 454 455 456 457 460 461 466 467 470 472
            502 505 510 514 515 520 525 528 530 536 537 539 540 541 542 543 544 545 546 547 548 549 550 551 552 553 554
            555
            602 603 604 605 606 607 608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623 624 625 626 627 628
            629 630 631 632 633 634 635 636 637 638 639 640 641 642 643 645 646 647 648 649 650 651 652 653 654 655 657
            658 659
            702 704 706 708 710 712 714 716 722 724 730 732 734 736 738 740 742 744 746 748 750
            901
            """);
    private static final int COUNTRY_CODE_DIGITS = 3;

    private SubscriberIdentities() {
    }

    static void find(String text, List<Finding> findings) {
        if (!Characters.containsIgnoringCase(text, "imsi")) {
            return;
        }
        var m = LABELLED.matcher(text);
        while (m.find()) {
            var digits = Characters.compact(m.group(1));
            if (COUNTRY_CODES.get(Integer.parseInt(digits, 0, COUNTRY_CODE_DIGITS, 10))) {
                findings.add(new Finding(EntityType.DEVICE_ID, m.start(1), m.end(1), digits));
            }
        }
    }

    private static BitSet codes(String list) {
        var codes = new BitSet(1000);
        for (var code : list.trim().split("\\s+")) {
            codes.set(Integer.parseInt(code));
        }
        return codes;
    }
}
