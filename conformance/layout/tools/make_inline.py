"""Writes the inline fixtures (fixtures/inline/): inline-block and inline-flex boxes in line boxes,
line breaking, text-align, vertical-align, anonymous block boxes between blocks. Containers set
font-size: 0 so that no font strut or whitespace width enters the line (text is the Text stage's)."""
from fixturekit import div, fixture

G = 'inline'
C = 'width: 200px; font-size: 0;'


def ib(w, h, extra=''):
    return div(f'display: inline-block; width: {w}px; height: {h}px;{(" " + extra) if extra else ""}')


fixture(G, 'inline_blocks_sit_side_by_side', div(C, ib(50, 20), ib(60, 20), ib(40, 20)))
fixture(G, 'inline_blocks_wrap_to_next_line_when_full', div(C, ib(80, 20), ib(80, 20), ib(80, 20)))
fixture(G, 'inline_block_wider_than_line_sits_alone', div(C, ib(50, 20), ib(250, 20), ib(50, 20)))
fixture(G, 'inline_blocks_line_height_is_tallest_box', div(C, ib(50, 20), ib(50, 40), ib(50, 30)))
fixture(G, 'inline_blocks_align_bottoms_on_baseline', div(C, ib(50, 20), ib(50, 40), ib(50, 30)))
fixture(G, 'inline_blocks_each_line_has_own_height', div(C, ib(80, 20), ib(80, 40), ib(80, 30), ib(80, 10)))
fixture(G, 'inline_block_margins_take_space_in_line', div(C, ib(50, 20, 'margin: 5px 10px;'), ib(50, 20)))
fixture(G, 'inline_block_vertical_margins_grow_line', div(C, ib(50, 20, 'margin-top: 15px;'), ib(50, 20)))
fixture(G, 'inline_block_bottom_margin_raises_box_above_baseline', div(C, ib(50, 20, 'margin-bottom: 15px;'), ib(50, 20)))
fixture(G, 'inline_block_negative_margin_overlaps', div(C, ib(50, 20, 'margin-right: -20px;'), ib(50, 20)))
fixture(G, 'inline_block_padding_and_border_add_to_box', div(C, ib(50, 20, 'padding: 5px; border: 2px solid black;'), ib(50, 20)))
fixture(G, 'inline_block_auto_width_shrinks_to_content', div(C, div('display: inline-block;', div('width: 70px; height: 20px;')), ib(30, 10)))
fixture(G, 'inline_block_auto_width_wraps_at_line_width', div(C, div('display: inline-block;', ib(120, 20), ib(120, 20))))
fixture(G, 'inline_block_percent_width_of_container', div(C, div('display: inline-block; width: 25%; height: 20px;'), div('display: inline-block; width: 50%; height: 20px;')))
fixture(G, 'inline_block_with_line_boxes_uses_their_baseline', div(C, ib(50, 40), div('display: inline-block; width: 60px;', ib(20, 20), ib(20, 30))))
fixture(G, 'inline_block_with_only_blocks_uses_bottom_margin_edge', div(C, ib(50, 40), div('display: inline-block; width: 60px;', div('height: 20px;'), div('height: 10px;'))))
fixture(G, 'inline_block_overflow_hidden_uses_bottom_margin_edge', div(C, ib(50, 40), div('display: inline-block; width: 60px; overflow: hidden;', ib(20, 20), ib(20, 30))))
fixture(G, 'inline_block_with_padding_baseline_inside_padding', div(C, ib(50, 40), div('display: inline-block; width: 60px; padding: 10px;', ib(20, 20))))
fixture(G, 'inline_flex_sits_in_line', div(C, ib(50, 20), div('display: inline-flex; width: 80px; height: 30px;', div('flex-grow: 1;')), ib(50, 40)))
fixture(G, 'inline_flex_auto_width_shrinks_to_items', div(C, div('display: inline-flex;', ib(30, 20), ib(40, 30)), ib(20, 10)))

for ta in ['left', 'center', 'right']:
    fixture(G, f'text_align_{ta}_positions_single_line', div(f'{C} text-align: {ta};', ib(50, 20), ib(60, 20)))
    fixture(G, f'text_align_{ta}_positions_each_wrapped_line', div(f'{C} text-align: {ta};', ib(80, 20), ib(80, 20), ib(50, 20)))
    fixture(G, f'text_align_{ta}_with_container_padding', div(f'{C} text-align: {ta}; padding: 0 20px;', ib(50, 20)))
    fixture(G, f'text_align_{ta}_is_inherited_by_inline_block', div(f'{C} text-align: {ta};', div('display: inline-block; width: 150px;', ib(40, 20))))
    fixture(G, f'text_align_{ta}_with_overflowing_line_starts_at_left', div(f'{C} text-align: {ta};', ib(250, 20)))
    fixture(G, f'text_align_{ta}_does_not_move_block_children', div(f'{C} text-align: {ta};', div('width: 50px; height: 20px;')))

for va in ['top', 'middle', 'bottom', 'baseline']:
    fixture(G, f'vertical_align_{va}_in_line_of_mixed_heights', div(C, ib(40, 20), ib(40, 50), ib(40, 30, f'vertical-align: {va};')))
    fixture(G, f'vertical_align_{va}_on_tallest_box', div(C, ib(40, 20), ib(40, 30), ib(40, 60, f'vertical-align: {va};')))
    fixture(G, f'vertical_align_{va}_with_margins', div(C, ib(40, 50), ib(40, 20, f'vertical-align: {va}; margin: 5px 0 10px;')))
    fixture(G, f'vertical_align_{va}_on_every_box', div(C, ib(40, 20, f'vertical-align: {va};'), ib(40, 50, f'vertical-align: {va};'), ib(40, 30, f'vertical-align: {va};')))
fixture(G, 'vertical_align_top_and_bottom_together', div(C, ib(40, 20), ib(40, 60, 'vertical-align: top;'), ib(40, 80, 'vertical-align: bottom;')))
fixture(G, 'vertical_align_bottom_taller_than_baseline_group_moves_it_down', div(C, ib(40, 20), ib(40, 30), ib(40, 70, 'vertical-align: bottom;')))
fixture(G, 'vertical_align_middle_and_baseline_mix', div(C, ib(40, 20), ib(40, 60, 'vertical-align: middle;'), ib(40, 10)))
fixture(G, 'vertical_align_in_second_line_only_affects_that_line', div(C, ib(120, 20), ib(120, 20), ib(40, 40, 'vertical-align: top;')))

fixture(G, 'anonymous_block_between_blocks', div(C, div('height: 20px;'), ib(50, 30), ib(50, 20), div('height: 20px;')))
fixture(G, 'anonymous_block_stops_margin_collapsing', div(C, div('height: 20px; margin-bottom: 20px;'), ib(50, 30), div('height: 20px; margin-top: 20px;')))
fixture(G, 'anonymous_block_first_lets_parent_keep_margin', div(C, div('', ib(50, 30)), div('height: 20px;')))
fixture(G, 'inline_run_of_absolute_only_generates_no_line', div(f'{C} position: relative;', div('height: 20px; margin-bottom: 10px;'), div('position: absolute; width: 10px; height: 10px;'), div('height: 20px; margin-top: 20px;')))
fixture(G, 'display_none_inline_block_takes_no_space', div(C, ib(50, 20), ib(50, 40, 'display: none;'), ib(50, 20)))
fixture(G, 'relative_inline_block_is_offset', div(C, ib(50, 20), ib(50, 20, 'position: relative; top: 5px; left: 10px;'), ib(50, 20)))
fixture(G, 'nested_inline_blocks_lay_out_inside', div(C, div('display: inline-block; width: 120px;', ib(50, 20), ib(50, 30), ib(50, 10))))
fixture(G, 'inline_blocks_in_auto_width_container_fill_available_width', div('font-size: 0;', *[ib(100, 20) for _ in range(5)]))
fixture(G, 'inline_blocks_in_shrink_to_fit_container', div('font-size: 0; position: absolute;', ib(100, 20), ib(100, 30)))
fixture(G, 'inline_blocks_inside_flex_item', div('display: flex; width: 200px; font-size: 0;', div('flex-grow: 1;', ib(50, 20), ib(50, 30))))
fixture(G, 'inline_block_with_fractional_widths_fit_exactly', div(C, *[ib(66.66, 20) for _ in range(3)]))
fixture(G, 'inline_block_with_auto_margins_is_not_centred', div(C, ib(50, 20, 'margin: 0 auto;')))
fixture(G, 'inline_block_min_width_in_line', div(C, ib(10, 20, 'min-width: 60px;'), ib(50, 20)))
fixture(G, 'inline_block_max_width_limits_shrink_to_fit', div(C, div('display: inline-block; max-width: 80px;', ib(60, 20), ib(60, 20))))
fixture(G, 'inline_block_line_box_height_with_vertical_padding_container', div(f'{C} padding: 10px 0;', ib(50, 20), ib(50, 30)))
fixture(G, 'inline_blocks_after_block_in_same_container', div(C, div('height: 10px;'), ib(50, 20), ib(50, 20), ib(150, 20)))
fixture(G, 'inline_block_containing_flex_row_baseline', div(C, ib(30, 40), div('display: inline-block;', div('display: flex;', box_ := div('width: 20px; height: 20px;'), div('width: 20px; height: 30px;')))))
fixture(G, 'inline_block_with_margin_top_and_vertical_align_top', div(C, ib(30, 50), ib(30, 20, 'vertical-align: top; margin-top: 10px;')))
fixture(G, 'vertical_align_middle_with_odd_heights', div(C, ib(30, 21), ib(30, 44, 'vertical-align: middle;'), ib(30, 13, 'vertical-align: middle;')))
fixture(G, 'inline_block_baseline_is_its_last_line_box', div(C, ib(30, 60), div('display: inline-block; width: 50px;', ib(40, 20), ib(40, 30))))
fixture(G, 'inline_block_baseline_from_last_block_child_line', div(C, ib(30, 60), div('display: inline-block; width: 50px;', div('', ib(20, 10)), div('height: 15px;'), div('', ib(20, 25)))))

# white-space: nowrap takes away the soft wrap opportunities between inline boxes (css-text-3 §5.1).
NW = f'{C} white-space: nowrap;'
fixture(G, 'white_space_nowrap_keeps_inline_blocks_on_one_line', div(NW, ib(80, 20), ib(80, 30), ib(80, 20)))
fixture(G, 'white_space_nowrap_inline_block_shrinks_to_its_whole_run', div(C, div('display: inline-block; white-space: nowrap;', ib(120, 20), ib(120, 20)), ib(30, 10)))
fixture(G, 'white_space_nowrap_is_inherited_by_inline_block', div(NW, div('display: inline-block; width: 150px;', ib(100, 20), ib(100, 20))))
fixture(G, 'white_space_normal_inside_nowrap_wraps_again', div(NW, div('display: inline-block; width: 150px; white-space: normal;', ib(100, 20), ib(100, 20))))
fixture(G, 'white_space_nowrap_line_overflows_with_text_align_right', div(f'{NW} text-align: right;', ib(120, 20), ib(120, 20)))
