/* lexical_oddities.c — spellings that stress delayc's byte offsets and line
 * mapping: backslash-newlines inside delayed calls, digraphs, a 10,000-character
 * line with 400 delayed calls, UTF-8 identifiers, a #line directive in the input,
 * a user's own `#pragma omp` loop next to delayed calls, and no newline at the end.
 * (A spawning function whose body opens with `<%`: digraph_body.c.)
 */
%:include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) <% return x + 1u; %>
DELAYED unsigned mix(unsigned a, unsigned b) { return (a ^ (b << 3)) + 7u; }

unsigned long_line(void)
{
    return inc(0u) + inc(1u) + inc(2u) + inc(3u) + inc(4u) + inc(5u) + inc(6u) + inc(7u) + inc(8u) + inc(9u) + inc(10u) + inc(11u) + inc(12u) + inc(13u) + inc(14u) + inc(15u) + inc(16u) + inc(17u) + inc(18u) + inc(19u) + inc(20u) + inc(21u) + inc(22u) + inc(23u) + inc(24u) + inc(25u) + inc(26u) + inc(27u) + inc(28u) + inc(29u) + inc(30u) + inc(31u) + inc(32u) + inc(33u) + inc(34u) + inc(35u) + inc(36u) + inc(37u) + inc(38u) + inc(39u) + inc(40u) + inc(41u) + inc(42u) + inc(43u) + inc(44u) + inc(45u) + inc(46u) + inc(47u) + inc(48u) + inc(49u) + inc(50u) + inc(51u) + inc(52u) + inc(53u) + inc(54u) + inc(55u) + inc(56u) + inc(57u) + inc(58u) + inc(59u) + inc(60u) + inc(61u) + inc(62u) + inc(63u) + inc(64u) + inc(65u) + inc(66u) + inc(67u) + inc(68u) + inc(69u) + inc(70u) + inc(71u) + inc(72u) + inc(73u) + inc(74u) + inc(75u) + inc(76u) + inc(77u) + inc(78u) + inc(79u) + inc(80u) + inc(81u) + inc(82u) + inc(83u) + inc(84u) + inc(85u) + inc(86u) + inc(87u) + inc(88u) + inc(89u) + inc(90u) + inc(91u) + inc(92u) + inc(93u) + inc(94u) + inc(95u) + inc(96u) + inc(97u) + inc(98u) + inc(99u) + inc(100u) + inc(101u) + inc(102u) + inc(103u) + inc(104u) + inc(105u) + inc(106u) + inc(107u) + inc(108u) + inc(109u) + inc(110u) + inc(111u) + inc(112u) + inc(113u) + inc(114u) + inc(115u) + inc(116u) + inc(117u) + inc(118u) + inc(119u) + inc(120u) + inc(121u) + inc(122u) + inc(123u) + inc(124u) + inc(125u) + inc(126u) + inc(127u) + inc(128u) + inc(129u) + inc(130u) + inc(131u) + inc(132u) + inc(133u) + inc(134u) + inc(135u) + inc(136u) + inc(137u) + inc(138u) + inc(139u) + inc(140u) + inc(141u) + inc(142u) + inc(143u) + inc(144u) + inc(145u) + inc(146u) + inc(147u) + inc(148u) + inc(149u) + inc(150u) + inc(151u) + inc(152u) + inc(153u) + inc(154u) + inc(155u) + inc(156u) + inc(157u) + inc(158u) + inc(159u) + inc(160u) + inc(161u) + inc(162u) + inc(163u) + inc(164u) + inc(165u) + inc(166u) + inc(167u) + inc(168u) + inc(169u) + inc(170u) + inc(171u) + inc(172u) + inc(173u) + inc(174u) + inc(175u) + inc(176u) + inc(177u) + inc(178u) + inc(179u) + inc(180u) + inc(181u) + inc(182u) + inc(183u) + inc(184u) + inc(185u) + inc(186u) + inc(187u) + inc(188u) + inc(189u) + inc(190u) + inc(191u) + inc(192u) + inc(193u) + inc(194u) + inc(195u) + inc(196u) + inc(197u) + inc(198u) + inc(199u) + inc(200u) + inc(201u) + inc(202u) + inc(203u) + inc(204u) + inc(205u) + inc(206u) + inc(207u) + inc(208u) + inc(209u) + inc(210u) + inc(211u) + inc(212u) + inc(213u) + inc(214u) + inc(215u) + inc(216u) + inc(217u) + inc(218u) + inc(219u) + inc(220u) + inc(221u) + inc(222u) + inc(223u) + inc(224u) + inc(225u) + inc(226u) + inc(227u) + inc(228u) + inc(229u) + inc(230u) + inc(231u) + inc(232u) + inc(233u) + inc(234u) + inc(235u) + inc(236u) + inc(237u) + inc(238u) + inc(239u) + inc(240u) + inc(241u) + inc(242u) + inc(243u) + inc(244u) + inc(245u) + inc(246u) + inc(247u) + inc(248u) + inc(249u) + inc(250u) + inc(251u) + inc(252u) + inc(253u) + inc(254u) + inc(255u) + inc(256u) + inc(257u) + inc(258u) + inc(259u) + inc(260u) + inc(261u) + inc(262u) + inc(263u) + inc(264u) + inc(265u) + inc(266u) + inc(267u) + inc(268u) + inc(269u) + inc(270u) + inc(271u) + inc(272u) + inc(273u) + inc(274u) + inc(275u) + inc(276u) + inc(277u) + inc(278u) + inc(279u) + inc(280u) + inc(281u) + inc(282u) + inc(283u) + inc(284u) + inc(285u) + inc(286u) + inc(287u) + inc(288u) + inc(289u) + inc(290u) + inc(291u) + inc(292u) + inc(293u) + inc(294u) + inc(295u) + inc(296u) + inc(297u) + inc(298u) + inc(299u) + inc(300u) + inc(301u) + inc(302u) + inc(303u) + inc(304u) + inc(305u) + inc(306u) + inc(307u) + inc(308u) + inc(309u) + inc(310u) + inc(311u) + inc(312u) + inc(313u) + inc(314u) + inc(315u) + inc(316u) + inc(317u) + inc(318u) + inc(319u) + inc(320u) + inc(321u) + inc(322u) + inc(323u) + inc(324u) + inc(325u) + inc(326u) + inc(327u) + inc(328u) + inc(329u) + inc(330u) + inc(331u) + inc(332u) + inc(333u) + inc(334u) + inc(335u) + inc(336u) + inc(337u) + inc(338u) + inc(339u) + inc(340u) + inc(341u) + inc(342u) + inc(343u) + inc(344u) + inc(345u) + inc(346u) + inc(347u) + inc(348u) + inc(349u) + inc(350u) + inc(351u) + inc(352u) + inc(353u) + inc(354u) + inc(355u) + inc(356u) + inc(357u) + inc(358u) + inc(359u) + inc(360u) + inc(361u) + inc(362u) + inc(363u) + inc(364u) + inc(365u) + inc(366u) + inc(367u) + inc(368u) + inc(369u) + inc(370u) + inc(371u) + inc(372u) + inc(373u) + inc(374u) + inc(375u) + inc(376u) + inc(377u) + inc(378u) + inc(379u) + inc(380u) + inc(381u) + inc(382u) + inc(383u) + inc(384u) + inc(385u) + inc(386u) + inc(387u) + inc(388u) + inc(389u) + inc(390u) + inc(391u) + inc(392u) + inc(393u) + inc(394u) + inc(395u) + inc(396u) + inc(397u) + inc(398u) + inc(399u);
}

int main(void)
{
    unsigned café = inc(\
1u);
    unsigned naïve = mix(café,\
 inc(2u));
    unsigned arr<:4:> = {0};
    for (int i = 0; i < 4; i++)
        arr<:i:> = inc((unsigned)i);
#line 500 "renamed.c"
    unsigned w = mix(arr[3], naïve);
    unsigned s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < 100; i++)
        s += (unsigned)i;
    unsigned z = mix(w, s) + long_line();
    printf("%u %u %u %u %u\n", café, naïve, w, s, z);
    return 0;
}