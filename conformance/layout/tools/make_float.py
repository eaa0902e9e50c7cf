"""Writes the float and clear fixtures (CSS 2 §9.5) into fixtures/block/: float placement, line boxes
and block formatting context roots beside floats, clearance, and which boxes grow to contain floats.
One behaviour per file; names start with float_, clear_ or the box that meets the float."""
from fixturekit import div, fixture

G = 'block'


def box(w, h, extra=''):
    return div(f'width: {w}px; height: {h}px;{(" " + extra) if extra else ""}')


def h(px, extra=''):
    return div(f'height: {px}px;{(" " + extra) if extra else ""}')


def fl(side, w, h_, extra=''):
    return box(w, h_, f'float: {side};{(" " + extra) if extra else ""}')


def ib(w, h_, extra=''):
    return box(w, h_, f'display: inline-block;{(" " + extra) if extra else ""}')


# --- placing floats (§9.5.1) ---------------------------------------------------------------------
fixture(G, 'float_left_boxes_sit_side_by_side', div('width: 200px;', fl('left', 50, 20), fl('left', 60, 30), h(10)))
fixture(G, 'float_right_box_sits_at_right_edge', div('width: 200px;', fl('right', 50, 20), h(10)))
fixture(G, 'float_right_boxes_stack_leftwards', div('width: 200px;', fl('right', 50, 20), fl('right', 60, 30)))
fixture(G, 'float_left_and_right_share_the_top', div('width: 200px;', fl('left', 50, 20), fl('right', 60, 30)))
fixture(G, 'float_moves_below_when_the_row_is_full', div('width: 200px;', fl('left', 80, 20), fl('left', 80, 30), fl('left', 80, 10)))
fixture(G, 'float_moves_below_the_shortest_float_and_stays_right_of_a_taller_one',
        div('width: 200px;', fl('left', 50, 100), fl('left', 100, 20), fl('left', 80, 20)))
fixture(G, 'float_right_moves_below_a_left_float_it_would_overlap', div('width: 200px;', fl('left', 150, 40), fl('right', 100, 20)))
fixture(G, 'float_right_boxes_wrap_below_when_full', div('width: 200px;', fl('right', 120, 20), fl('right', 120, 30)))
fixture(G, 'float_wider_than_container_overflows_at_the_top', div('width: 200px;', fl('left', 250, 20), h(10)))
fixture(G, 'float_does_not_rise_above_an_earlier_block', div('width: 200px;', h(20), fl('left', 50, 20)))
fixture(G, 'float_does_not_rise_above_an_earlier_float', div('width: 200px;', fl('left', 50, 40), fl('right', 50, 20), fl('left', 120, 20), fl('right', 20, 10)))
fixture(G, 'float_after_a_bottom_margin_sits_below_it', div('width: 200px;', h(10, 'margin-bottom: 20px;'), fl('left', 50, 20), h(10)))
fixture(G, 'float_margins_offset_its_box', div('width: 200px;', fl('left', 50, 20, 'margin: 10px 5px 15px 8px;'), fl('left', 50, 20, 'margin-left: 10px;')))
fixture(G, 'float_right_margin_offsets_it_from_the_right_edge', div('width: 200px;', fl('right', 50, 20, 'margin-right: 12px;')))
fixture(G, 'float_inside_padded_and_bordered_parent', div('width: 200px; padding: 10px 15px; border: 3px solid black;', fl('left', 50, 20), fl('right', 40, 20), h(10)))
fixture(G, 'float_with_relative_offset_moves_after_placement', div('width: 200px;', fl('left', 50, 20, 'position: relative; left: 10px; top: 5px;'), fl('left', 50, 20)))

# --- float sizes -----------------------------------------------------------------------------------
fixture(G, 'float_auto_width_shrinks_to_fit_its_content', div('width: 200px;', div('float: left;', box(70, 10), box(40, 10))))
fixture(G, 'float_auto_width_is_capped_by_the_containing_block', div('width: 200px; font-size: 0;', div('float: left;', ib(80, 10), ib(80, 10), ib(80, 10))))
fixture(G, 'float_percent_width_resolves_against_the_containing_block', div('width: 200px;', div('float: left; width: 25%; height: 10px;'), div('float: right; width: 40%; height: 10px;')))
fixture(G, 'float_flex_container_shrinks_to_fit_its_items', div('width: 200px;', div('float: left; display: flex;', box(30, 10), box(40, 20))))
fixture(G, 'float_contains_its_own_floats', div('width: 200px;', div('float: left; padding: 5px;', fl('left', 40, 30), fl('left', 30, 10))))

# --- which boxes contain floats (§10.6.7) ----------------------------------------------------------
fixture(G, 'float_does_not_grow_a_normal_block', div('width: 200px;', div('', fl('left', 50, 50)), h(10)))
fixture(G, 'float_grows_an_overflow_hidden_block', div('width: 200px; overflow: hidden;', fl('left', 50, 40), h(10)))
fixture(G, 'float_grows_a_flex_item', div('width: 200px; display: flex; align-items: flex-start;', div('width: 100px;', fl('left', 50, 40), h(10))))
fixture(G, 'float_grows_an_inline_block', div('width: 200px; font-size: 0;', div('display: inline-block; width: 100px;', fl('right', 50, 30))))
fixture(G, 'float_grows_an_absolute_box', div('width: 200px; height: 100px; position: relative;', div('position: absolute; width: 100px;', fl('left', 50, 30), h(10))))

# --- float is ignored on flex items and absolute boxes ----------------------------------------------
fixture(G, 'float_on_flex_items_is_ignored', div('width: 200px; display: flex;', fl('right', 50, 20), fl('left', 60, 20)))
fixture(G, 'float_on_absolute_box_is_ignored', div('width: 200px; height: 50px; position: relative;', box(50, 20, 'float: right; position: absolute; left: 10px; top: 5px;')))

# --- clearance (§9.5.2) ------------------------------------------------------------------------------
fixture(G, 'clear_both_moves_block_below_floats', div('width: 200px;', fl('left', 50, 20), h(10, 'clear: both;')))
fixture(G, 'clear_left_clears_only_left_floats', div('width: 200px;', fl('left', 50, 20), fl('right', 50, 40), h(10, 'clear: left;')))
fixture(G, 'clear_right_clears_only_right_floats', div('width: 200px;', fl('left', 50, 40), fl('right', 50, 20), h(10, 'clear: right;')))
fixture(G, 'clear_none_block_overlaps_the_float', div('width: 200px;', fl('left', 50, 20), h(10), h(10)))
fixture(G, 'clear_is_not_needed_when_the_margin_already_passes_the_float', div('width: 200px;', fl('left', 50, 20), h(10, 'clear: both; margin-top: 30px;')))
fixture(G, 'clear_stops_margin_collapsing_with_the_previous_sibling', div('width: 200px;', h(10, 'margin-bottom: 10px;'), fl('left', 50, 40), h(10, 'clear: both; margin-top: 10px;'), h(10)))
fixture(G, 'clear_on_a_float_moves_it_below_earlier_floats', div('width: 200px;', fl('left', 50, 20), fl('left', 50, 10, 'clear: left;')))
fixture(G, 'clear_sees_floats_from_a_nested_block', div('width: 200px;', div('', fl('left', 50, 30)), h(10, 'clear: both;')))
fixture(G, 'clear_inside_a_nested_block_sees_the_outer_floats', div('width: 200px;', fl('left', 50, 30), div('', h(10, 'clear: left;')), h(10)))

# --- block formatting context roots beside floats (§9.5) -----------------------------------------------
fixture(G, 'overflow_hidden_block_sits_beside_a_left_float', div('width: 200px;', fl('left', 50, 40), h(20, 'overflow: hidden;')))
fixture(G, 'overflow_hidden_block_sits_between_left_and_right_floats', div('width: 200px;', fl('left', 50, 40), fl('right', 30, 40), h(20, 'overflow: hidden;')))
fixture(G, 'overflow_hidden_block_too_wide_for_the_gap_moves_below_the_float', div('width: 200px;', fl('left', 150, 30), box(100, 20, 'overflow: hidden;')))
fixture(G, 'overflow_hidden_block_margin_may_overlap_the_float', div('width: 200px;', fl('left', 50, 30), h(20, 'overflow: hidden; margin-left: 20px;')))
fixture(G, 'overflow_hidden_block_below_the_float_gets_the_full_width', div('width: 200px;', fl('left', 50, 30), h(40, 'overflow: hidden;'), h(20, 'overflow: hidden;')))
fixture(G, 'flex_container_sits_beside_a_float', div('width: 200px;', fl('right', 60, 30), div('display: flex;', box(30, 10), div('flex-grow: 1; height: 10px;'))))

# --- line boxes beside floats ------------------------------------------------------------------------
fixture(G, 'inline_blocks_flow_beside_a_left_float', div('width: 200px; font-size: 0;', fl('left', 60, 40), ib(50, 10), ib(50, 10), ib(50, 10)))
fixture(G, 'inline_blocks_flow_beside_a_right_float', div('width: 200px; font-size: 0;', fl('right', 60, 15), ib(50, 10), ib(50, 10), ib(50, 10)))
fixture(G, 'inline_block_too_wide_beside_a_float_moves_below_it', div('width: 200px; font-size: 0;', fl('left', 180, 20), ib(50, 10)))
fixture(G, 'text_align_center_uses_the_line_left_by_a_float', div('width: 200px; font-size: 0; text-align: center;', fl('left', 100, 30), ib(40, 10)))
fixture(G, 'inline_blocks_in_a_nested_block_flow_beside_an_outer_float', div('width: 200px;', fl('left', 60, 40), div('font-size: 0;', ib(50, 10), ib(50, 10))))
fixture(G, 'inline_blocks_beside_a_float_from_a_previous_nested_block', div('width: 200px;', div('', fl('right', 70, 30)), div('font-size: 0;', ib(50, 10), ib(50, 10))))
fixture(G, 'float_between_inline_blocks_sits_on_their_line', div('width: 200px; font-size: 0;', ib(50, 10), fl('right', 40, 20), ib(50, 10)))
fixture(G, 'left_float_between_inline_blocks_pushes_their_line_right', div('width: 200px; font-size: 0;', ib(50, 10), fl('left', 40, 20), ib(50, 10)))
fixture(G, 'float_too_wide_for_the_rest_of_the_line_goes_below_it', div('width: 200px; font-size: 0;', ib(150, 10), fl('right', 80, 20), ib(30, 10)))
fixture(G, 'two_floats_between_inline_blocks_both_sit_on_their_line', div('width: 200px; font-size: 0;', ib(50, 10), fl('left', 30, 20), fl('right', 30, 15), ib(50, 10), ib(50, 10)))
fixture(G, 'float_between_inline_blocks_narrows_the_next_lines_too', div('width: 200px; font-size: 0;', ib(50, 10), fl('right', 60, 35), ib(80, 10), ib(80, 10), ib(80, 10)))
